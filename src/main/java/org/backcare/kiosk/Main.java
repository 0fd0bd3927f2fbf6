package org.backcare.kiosk;

import org.backcare.kiosk.app.App;
import org.backcare.kiosk.app.ContentChecks;
import org.backcare.kiosk.app.Options;

import javafx.application.Application;
import org.backcare.kiosk.content.BundledContent;
import org.backcare.kiosk.content.ContentFolder;
import org.backcare.kiosk.content.ContentLoader;
import org.backcare.kiosk.content.ContentSource;
import org.backcare.kiosk.content.LoadResult;
import org.backcare.kiosk.content.Problem;
import org.backcare.kiosk.picker.PickerPaths;

import org.backcare.kiosk.settings.AdminPin;
import org.backcare.kiosk.settings.SettingsFile;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Files;
import java.util.List;

/** Entry point: answers --help and --validate-content without a window, otherwise starts the kiosk. */
public final class Main {

    /** Exit code for a command line the kiosk does not understand. */
    static final int USAGE_ERROR = 2;

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(List.of(args), new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                System.out, System.err);
        if (code >= 0) {
            System.exit(code);
        }
        App.prepareInBackground(List.of(args)); // content loads while JavaFX starts
        Application.launch(App.class, args);
    }

    /**
     * Handles everything that needs no window.
     *
     * @return an exit code, or -1 when the kiosk should start
     */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        return run(args, new BufferedReader(new java.io.StringReader("")), out, err);
    }

    static int run(List<String> args, BufferedReader in, PrintStream out, PrintStream err) {
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
        if (options.setPin()) {
            return setPin(options, in, out, err);
        }
        if (options.pickerPaths() != null) {
            return pickerPaths(options, out, err);
        }
        if (options.exportContent() != null) {
            return exportContent(options.exportContent(), out, err);
        }
        if (options.exportHandouts() != null) {
            return exportHandouts(options, out, err);
        }
        return -1;
    }

    /** Writes the bundled content out for a clinic to edit; refuses a folder that is not empty. */
    private static int exportContent(Path folder, PrintStream out, PrintStream err) {
        try {
            List<String> written = org.backcare.kiosk.content.ContentExport.export(folder);
            out.println("Wrote the bundled content (" + written.size() + " files) to " + folder + ".");
            out.println("Edit it, check it with --validate-content=" + folder + ", then run the kiosk with --content="
                    + folder + " (or set \"contentFolder\" in the settings file).");
            return 0;
        } catch (org.backcare.kiosk.content.ContentExport.RefusedException e) {
            err.println(e.getMessage() + ". Nothing was written.");
            return 1;
        } catch (IOException e) {
            err.println("Cannot write the content to " + folder + ": " + org.backcare.kiosk.files.LocalFile.reason(e));
            return 1;
        }
    }

    /** Writes every picker result's and every exercise's handout, in every language, as PDF. */
    private static int exportHandouts(Options options, PrintStream out, PrintStream err) {
        BundledContent bundled = new BundledContent();
        ContentSource source = options.contentFolder() == null ? bundled : new ContentFolder(options.contentFolder(), bundled);
        LoadResult result = contentLoader().load(source);
        if (!result.ok()) {
            result.problems().forEach(err::println);
            err.println(result.problems().size() + " problem(s) in " + result.source() + "; no handouts written.");
            return 1;
        }
        org.backcare.kiosk.settings.Settings settings = SettingsFile.read(settingsFile(options)).settings();
        String number = settings.emergencyNumber();
        java.util.Map<String, org.backcare.kiosk.content.Content> filled = new java.util.LinkedHashMap<>();
        result.content().forEach((lang, c) -> filled.put(lang, org.backcare.kiosk.content.Placeholders.fill(c, number)));
        Path folder = options.exportHandouts();
        try {
            List<Path> written = org.backcare.kiosk.handout.HandoutExport.export(filled, folder, settings.clinic().name(),
                    settings.clinic().phone(), number,
                    java.time.LocalDate.now());
            out.println("Wrote " + written.size() + " handouts of " + result.source() + " to " + folder + ".");
            return 0;
        } catch (IOException e) {
            err.println("Cannot write the handouts to " + folder + ": " + org.backcare.kiosk.files.LocalFile.reason(e));
            return 1;
        }
    }

    /** The loader with every whole-content check, as the kiosk and the validator use it. */
    public static ContentLoader contentLoader() {
        return ContentChecks.loader();
    }

    /** The settings file this run uses: --settings, or the platform's usual place. */
    static Path settingsFile(Options options) {
        return options.settingsFileOrDefault();
    }

    /**
     * Asks for the new PIN twice and stores only its hash. On a terminal the PIN is typed hidden;
     * without one (a script, the installer's check) it is read from standard input, one line each.
     */
    private static int setPin(Options options, BufferedReader in, PrintStream out, PrintStream err) {
        Path file = settingsFile(options);
        try {
            SettingsFile.checkChangeable(file); // before asking: a corrupt file is refused untouched
        } catch (IOException e) {
            err.println(e.getMessage() + ". Nothing was changed: fix or move the file, then run --set-pin again.");
            return 1;
        }
        try {
            String first = readPin("New admin PIN (4 to 12 digits): ", in, out);
            if (!AdminPin.acceptable(first)) {
                err.println("A PIN is 4 to 12 digits. Nothing was changed.");
                return 1;
            }
            String second = readPin("The same PIN again: ", in, out);
            if (!first.equals(second)) {
                err.println("The two PINs differ. Nothing was changed.");
                return 1;
            }
            SettingsFile.setPinHash(file, AdminPin.hash(first));
            out.println("The admin PIN is set. Its salted hash is stored in " + file + "; every other setting is kept.");
            return 0;
        } catch (SettingsFile.NotChangedException e) {
            err.println(e.getMessage() + ". Nothing was changed.");
            return 1;
        } catch (IOException e) {
            err.println("Cannot write " + file + ": " + org.backcare.kiosk.files.LocalFile.reason(e) + ". Nothing was changed.");
            return 1;
        }
    }

    private static String readPin(String prompt, BufferedReader in, PrintStream out) throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] pin = console.readPassword(prompt);
            return pin == null ? "" : new String(pin).trim();
        }
        out.print(prompt);
        out.flush();
        String line = in.readLine();
        return line == null ? "" : line.trim();
    }

    /** Writes every way through the picker, of the bundled content or of --content, for review. */
    private static int pickerPaths(Options options, PrintStream out, PrintStream err) {
        BundledContent bundled = new BundledContent();
        ContentSource source = options.contentFolder() == null ? bundled : new ContentFolder(options.contentFolder(), bundled);
        LoadResult result = contentLoader().load(source);
        if (!result.ok()) {
            result.problems().forEach(err::println);
            err.println(result.problems().size() + " problem(s) in " + result.source() + "; no picker paths written.");
            return 1;
        }
        Path file = options.pickerPaths();
        PickerPaths paths = new PickerPaths(result.content().get(result.languages().defaultLanguage()));
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
                paths.writeCsv(writer);
            } else {
                paths.writeJsonLines(writer);
            }
        } catch (IOException e) {
            err.println("Cannot write " + file + ": " + e.getMessage());
            return 1;
        }
        out.println("Wrote " + paths.ways().size() + " ways through the picker of " + result.source() + " to " + file);
        return 0;
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
