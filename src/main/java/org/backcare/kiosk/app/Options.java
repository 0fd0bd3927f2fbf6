package org.backcare.kiosk.app;

import org.backcare.kiosk.settings.Mode;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command line.
 *
 * @param validate        true for --validate-content
 * @param validateFolder  the folder given to --validate-content, or null for the bundled content
 * @param contentFolder   --content: a clinic's content folder, or null
 * @param exportFolder    --export-screens: where to write PNGs, or null
 * @param mode            --mode: overrides the settings file, or null
 * @param settingsFile    --settings: the settings file to use instead of the usual one, or null
 * @param language        --lang: the language each person starts in, overriding the settings file, or null
 * @param setPin          --set-pin: ask for a new admin PIN and store its hash
 * @param exportContent   --export-content: where to write the bundled content for a clinic to edit, or null
 * @param quitAfterFirstFrame --quit-after-first-frame: start, draw the first screen, print the
 *                        time it took and quit (for the installer's AppCDS training and start-up timing)
 * @param pickerPaths     --picker-paths: where to write every way through the picker (JSON lines, or
 *                        CSV when the name ends in .csv), or null
 * @param exportHandouts  --export-handouts: where to write the take-home handout of every picker
 *                        result and every exercise, in every language, or null
 * @param exportFigures   --export-figures: where to write each exercise's figure (start, middle,
 *                        end and a strip of eight frames) as PNG, or null
 */
public record Options(boolean help, boolean validate, Path validateFolder, Path contentFolder,
                      Path exportFolder, int width, int height, Mode mode, Path settingsFile, String language,
                      boolean setPin, boolean quitAfterFirstFrame, Path exportContent, Path pickerPaths,
                      Path exportHandouts, Path exportFigures) {

    public static final int DEFAULT_WIDTH = 1920;
    public static final int DEFAULT_HEIGHT = 1080;

    private static final Pattern SIZE = Pattern.compile("(\\d{3,5})x(\\d{3,5})");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    public static final String USAGE = """
            Usage: backcare-kiosk [options]
            With Maven: ./mvnw javafx:run -Djavafx.args="[options]"

              --help                     Show this help and exit.
              --validate-content[=DIR]   Check a content folder (the bundled content if no DIR),
                                         print every problem with its file and place, and exit:
                                         0 when clean, 1 when there are problems. Opens no window.
              --content=DIR              Run on a clinic's own content folder. If it has problems,
                                         they are logged and the kiosk runs on the bundled content.
              --export-screens=DIR       Render every screen to DIR/<screen>.png and exit.
                                         Needs a display (use Xvfb on a server).
              --size=WIDTHxHEIGHT        Window and export size (default 1920x1080).
              --mode=kiosk|therapist|classroom
                                         kiosk: full screen and locked, resets when idle;
                                         therapist: a panel jumps to any screen;
                                         classroom: a window, arrow/Page keys page (default).
              --settings=FILE            Use this settings file instead of the usual one
                                         (~/.config/backcare-kiosk/settings.json on Linux).
              --lang=en|es               The language each person starts in (overrides the
                                         "language" setting); people can switch on screen.
              --set-pin                  Ask for a new admin PIN (4 to 12 digits), store its
                                         salted hash in the settings file (every other setting
                                         kept), and exit. Reads the PIN from standard input, one
                                         line each, when not run from a terminal.
              --export-content=DIR       Write the bundled content into DIR (new or empty) for a
                                         clinic to edit, check with --validate-content=DIR and
                                         run with --content=DIR; exit.
              --quit-after-first-frame   Start, draw the first screen, print how long that took,
                                         and quit (used to time start-up and to build AppCDS).
              --picker-paths=FILE        Write every way through the exercise picker to FILE,
                                         one JSON object per line (or a spreadsheet when FILE
                                         ends in .csv), for a clinician's review, and exit.
                                         Uses --content=DIR when given.
              --export-handouts=DIR      Write the take-home handout (PDF) of every picker result
                                         and every exercise, in every language, to
                                         DIR/<lang>/<result-or-exercise>.pdf, and exit. Uses
                                         --content=DIR and the settings' emergency number.
              --export-figures=DIR       Write each exercise's figure to DIR/<exercise>-start.png,
                                         -middle.png, -end.png and -strip.png (eight frames from
                                         start to end), for clinical review, and exit. Needs a
                                         display, like --export-screens.
            """;

    /** Thrown for a command line the kiosk does not understand; the message says why. */
    public static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    public static Options parse(List<String> args) throws UsageException {
        boolean help = false;
        boolean validate = false;
        Path validateFolder = null;
        Path content = null;
        Path export = null;
        int width = DEFAULT_WIDTH;
        int height = DEFAULT_HEIGHT;
        Mode mode = null;
        Path settings = null;
        String language = null;
        boolean setPin = false;
        boolean quitAfterFirstFrame = false;
        Path pickerPaths = null;
        Path exportContent = null;
        Path exportHandouts = null;
        Path exportFigures = null;
        for (String arg : args) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            switch (name) {
                case "--help", "-h" -> help = true;
                case "--validate-content" -> {
                    validate = true;
                    validateFolder = value == null ? null : folder(name, value);
                }
                case "--content" -> content = folder(name, required(name, value));
                case "--export-screens" -> export = folder(name, required(name, value));
                case "--size" -> {
                    Matcher m = SIZE.matcher(required(name, value));
                    if (!m.matches()) {
                        throw new UsageException("--size must look like 1920x1080, got \"" + value + "\"");
                    }
                    width = Integer.parseInt(m.group(1));
                    height = Integer.parseInt(m.group(2));
                }
                case "--mode" -> mode = Mode.of(required(name, value)).orElseThrow(() ->
                        new UsageException("--mode must be kiosk, therapist or classroom, got \"" + value + "\""));
                case "--settings" -> settings = Path.of(required(name, value));
                case "--lang" -> {
                    language = required(name, value);
                    if (!LANGUAGE.matcher(language).matches()) {
                        throw new UsageException("--lang must be a language code like en or es, got \"" + value + "\"");
                    }
                }
                case "--set-pin" -> setPin = true;
                case "--export-content" -> exportContent = folder(name, required(name, value));
                case "--quit-after-first-frame" -> quitAfterFirstFrame = true;
                case "--picker-paths" -> pickerPaths = Path.of(required(name, value));
                case "--export-handouts" -> exportHandouts = folder(name, required(name, value));
                case "--export-figures" -> exportFigures = folder(name, required(name, value));
                default -> throw new UsageException("Unknown option \"" + arg + "\"");
            }
        }
        return new Options(help, validate, validateFolder, content, export, width, height, mode, settings, language,
                setPin, quitAfterFirstFrame, exportContent, pickerPaths, exportHandouts, exportFigures);
    }

    private static String required(String name, String value) throws UsageException {
        if (value == null || value.isBlank()) {
            throw new UsageException(name + " needs a value, like " + name + "=/path/to/folder");
        }
        return value;
    }

    private static Path folder(String name, String value) throws UsageException {
        if (value.isBlank()) {
            throw new UsageException(name + " needs a folder, like " + name + "=/path/to/folder");
        }
        return Path.of(value);
    }

    /** The settings file this run uses: --settings, or the platform's usual place. */
    public Path settingsFileOrDefault() {
        return settingsFile != null ? settingsFile : org.backcare.kiosk.settings.SettingsFile.defaultLocation();
    }
}
