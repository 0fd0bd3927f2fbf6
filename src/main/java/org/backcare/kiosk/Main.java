package org.backcare.kiosk;

import javafx.application.Application;
import org.backcare.kiosk.content.BundledContent;
import org.backcare.kiosk.content.ContentFolder;
import org.backcare.kiosk.content.ContentLoader;
import org.backcare.kiosk.content.ContentSource;
import org.backcare.kiosk.content.LoadResult;
import org.backcare.kiosk.content.Problem;
import org.backcare.kiosk.illustration.IllustrationCheck;
import org.backcare.kiosk.picker.PickerRulesCheck;

import java.io.PrintStream;
import java.nio.file.Files;
import java.util.List;

/** Entry point: answers --help and --validate-content without a window, otherwise starts the kiosk. */
public final class Main {

    /** Exit code for a command line the kiosk does not understand. */
    static final int USAGE_ERROR = 2;

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(List.of(args), System.out, System.err);
        if (code >= 0) {
            System.exit(code);
        }
        Application.launch(App.class, args);
    }

    /**
     * Handles everything that needs no window.
     *
     * @return an exit code, or -1 when the kiosk should start
     */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (Options.UsageException e) {
            err.println(e.getMessage());
            err.println("Run with --help to see the options.");
            return USAGE_ERROR;
        }
        if (options.help()) {
            out.print(Options.USAGE);
            return 0;
        }
        if (options.validate()) {
            return validate(options, out, err);
        }
        return -1;
    }

    /** The loader with every whole-content check, as the kiosk and the validator use it. */
    public static ContentLoader contentLoader() {
        return new ContentLoader(new PickerRulesCheck(), new IllustrationCheck());
    }

    private static int validate(Options options, PrintStream out, PrintStream err) {
        BundledContent bundled = new BundledContent();
        ContentSource source = bundled;
        if (options.validateFolder() != null) {
            if (!Files.isDirectory(options.validateFolder())) {
                err.println(options.validateFolder() + ": no such folder");
                return 1;
            }
            source = new ContentFolder(options.validateFolder(), bundled);
        }
        LoadResult result = contentLoader().load(source);
        if (result.ok()) {
            out.println("Content in " + result.source() + " is valid: " + result.content().size()
                    + " language(s), no problems.");
            return 0;
        }
        for (Problem problem : result.problems()) {
            err.println(problem);
        }
        err.println(result.problems().size() + " problem(s) in " + result.source() + ".");
        return 1;
    }
}
