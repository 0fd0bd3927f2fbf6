package org.backcare.kiosk.settings;


import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.backcare.kiosk.files.JsonTree;
import org.backcare.kiosk.files.LocalFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The one human-readable settings file. A bad value is named with the file and key and that key
 * falls back to its default; a corrupt file falls back to all defaults. Written atomically.
 */
public final class SettingsFile {

    private static final Set<String> KEYS = Set.of("mode", "idleSeconds", "countdownSeconds", "language",
            "contentFolder", "screen", "pinHash", "textSize", "highContrast", "hidePointer", "watchdogSeconds",
            "screenOff", "emergencyNumber", "clinicName", "clinicPhone", "handoutUrl", "sound", "soundVolume",
            "speechEngine");

    /** 2 to 15 digits: every country's emergency number (911, 112, 999, 000, 1669…), and room for a clinic's own. */
    private static final java.util.regex.Pattern EMERGENCY_NUMBER = java.util.regex.Pattern.compile("[0-9]{2,15}");

    /** A phone number as people write it: digits, spaces, + ( ) - . and /. */
    private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile("[0-9+()\\-. /]{3,30}");

    /** What reading gave: the settings, and a message for each value that was not used. */
    public record Loaded(Settings settings, List<String> problems) {
    }

    private static final long MAX_BYTES = 100_000;

    private SettingsFile() {
    }

    /** Why --set-pin may not touch a settings file; the message names the file and the reason. */
    public static final class NotChangedException extends IOException {
        private static final long serialVersionUID = 1L;

        NotChangedException(String message) {
            super(message);
        }
    }

    /**
     * The settings file as a JSON object, exactly as written (unknown keys and values the kiosk
     * would not use included), or an empty object when there is no file yet.
     *
     * @throws NotChangedException when the file is not a regular file, too large, or not one JSON object
     */
    static ObjectNode readForChange(Path file) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return JsonNodeFactory.instance.objectNode();
        }
        String refusal = LocalFile.refusal(file, null);
        if (refusal != null) {
            throw new NotChangedException(file + ": " + refusal);
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new NotChangedException(file + ": is too large to be a settings file");
            }
            JsonNode root = JsonTree.readLenient(Files.readAllBytes(file));
            if (root == null || !root.isObject()) {
                throw new NotChangedException(file + ": must hold one JSON object { … }");
            }
            return (ObjectNode) root;
        } catch (JsonProcessingException e) {
            throw new NotChangedException(LocalFile.printable(file + ": is not valid JSON (" + e.getOriginalMessage() + ")"));
        } catch (NotChangedException e) {
            throw e;
        } catch (IOException e) {
            throw new NotChangedException(file + ": cannot be read (" + LocalFile.reason(e) + ")");
        }
    }

    /** Checks, without changing anything, that {@link #setPinHash} could change the file. */
    public static void checkChangeable(Path file) throws IOException {
        readForChange(file);
    }

    /**
     * Stores a PIN hash and changes nothing else: every other key, known or not, keeps its value.
     * A file that is not one valid JSON object is left untouched and refused, as a clinic's
     * settings must never be replaced by defaults. A new file gets the default settings beside the hash.
     */
    public static void setPinHash(Path file, String pinHash) throws IOException {
        boolean exists = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
        ObjectNode root = readForChange(file);
        if (!exists) {
            write(file, Settings.DEFAULTS.withPinHash(pinHash));
            return;
        }
        root.put("pinHash", pinHash);
        writeAtomically(file, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    }

    /** The platform's usual place: ~/.config/backcare-kiosk/settings.json on Linux. */
    public static Path defaultLocation() {
        return Places.configDir().resolve("settings.json");
    }

    /** Reads the settings; every problem is one line with control characters escaped (terminal and log safe). */
    public static Loaded read(Path file) {
        Loaded loaded = readUnescaped(file);
        return new Loaded(loaded.settings(), loaded.problems().stream().map(LocalFile::printable).toList());
    }

    private static Loaded readUnescaped(Path file) {
        List<String> problems = new ArrayList<>();
        String name = file.toString();
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return new Loaded(Settings.DEFAULTS, problems);
        }
        String refusal = LocalFile.refusal(file, null);
        if (refusal != null) {
            problems.add(name + ": " + refusal + "; using the defaults");
            return new Loaded(Settings.DEFAULTS, problems);
        }
        JsonNode root;
        try {
            if (Files.size(file) > MAX_BYTES) {
                problems.add(name + ": is too large to be a settings file; using the defaults");
                return new Loaded(Settings.DEFAULTS, problems);
            }
            root = JsonTree.readLenient(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            problems.add(name + ": is not valid JSON (" + e.getOriginalMessage() + "); using the defaults");
            return new Loaded(Settings.DEFAULTS, problems);
        } catch (IOException e) {
            problems.add(name + ": cannot be read (" + LocalFile.reason(e) + "); using the defaults");
            return new Loaded(Settings.DEFAULTS, problems);
        }
        if (root == null || !root.isObject()) {
            problems.add(name + ": must hold one JSON object { … }; using the defaults");
            return new Loaded(Settings.DEFAULTS, problems);
        }
        for (Iterator<String> keys = root.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!KEYS.contains(key)) {
                problems.add(name + " " + key + ": unknown setting, ignored; the settings are: "
                        + String.join(", ", KEYS.stream().sorted().toList()));
            }
        }
        Settings d = Settings.DEFAULTS;
        Mode mode = text(root, "mode", name, problems) == null ? d.mode()
                : Mode.of(root.get("mode").asText()).orElseGet(() -> {
                    problems.add(name + " mode: must be \"kiosk\", \"therapist\" or \"classroom\", got \""
                            + root.get("mode").asText() + "\"; using \"" + d.mode().id() + "\"");
                    return d.mode();
                });
        int idle = number(root, "idleSeconds", 15, 3600, d.idleSeconds(), name, problems);
        int countdown = number(root, "countdownSeconds", 5, 120, d.countdownSeconds(), name, problems);
        String language = text(root, "language", name, problems);
        String folder = text(root, "contentFolder", name, problems);
        int screen = number(root, "screen", 0, 16, d.screen(), name, problems);
        String pin = text(root, "pinHash", name, problems);
        if (pin != null && !AdminPin.looksLikeHash(pin)) {
            problems.add(name + " pinHash: is not a PIN hash made by --set-pin (pbkdf2-sha256 with "
                    + AdminPin.MIN_ITERATIONS + " to " + AdminPin.MAX_ITERATIONS + " iterations); no admin PIN is set");
            pin = null;
        }
        TextSize textSize = d.textSize();
        JsonNode size = root.get("textSize");
        if (size != null && !size.isNull()) {
            textSize = size.isIntegralNumber() ? TextSize.ofPercent(size.asInt()).orElse(null) : null;
            if (textSize == null) {
                problems.add(name + " textSize: must be 100, 125 or 150 (percent), got " + size + "; using "
                        + d.textSize().percent());
                textSize = d.textSize();
            }
        }
        boolean highContrast = d.highContrast();
        JsonNode contrast = root.get("highContrast");
        if (contrast != null && !contrast.isNull()) {
            if (contrast.isBoolean()) {
                highContrast = contrast.asBoolean();
            } else {
                problems.add(name + " highContrast: must be true or false, got " + contrast + "; using "
                        + d.highContrast());
            }
        }
        Boolean hidePointer = null;
        JsonNode pointer = root.get("hidePointer");
        if (pointer != null && !pointer.isNull()) {
            if (pointer.isBoolean()) {
                hidePointer = pointer.asBoolean();
            } else {
                problems.add(name + " hidePointer: must be true or false, got " + pointer
                        + "; using the default (hidden in kiosk mode)");
            }
        }
        int watchdog = number(root, "watchdogSeconds", 5, 600, d.watchdogSeconds(), name, problems);
        ScreenOffSchedule screenOff = null;
        String off = text(root, "screenOff", name, problems);
        if (off != null) {
            screenOff = ScreenOffSchedule.parse(off).orElse(null);
            if (screenOff == null) {
                problems.add(name + " screenOff: must be a span of the day like \"22:00-07:00\" (24-hour clock, "
                        + "from-to, not empty), got \"" + off + "\"; the screen stays on");
            }
        }
        String emergency = text(root, "emergencyNumber", name, problems);
        if (emergency != null && !EMERGENCY_NUMBER.matcher(emergency).matches()) {
            problems.add(name + " emergencyNumber: must be the digits of a telephone number, like \"911\", \"112\""
                    + " or \"999\", got \"" + emergency + "\"; using \"" + d.emergencyNumber() + "\"");
            emergency = null;
        }
        boolean sound = d.sound();
        JsonNode soundNode = root.get("sound");
        if (soundNode != null && !soundNode.isNull()) {
            if (soundNode.isBoolean()) {
                sound = soundNode.asBoolean();
            } else {
                problems.add(name + " sound: must be true or false, got " + soundNode + "; using " + d.sound());
            }
        }
        int volume = number(root, "soundVolume", 0, 100, d.soundVolume(), name, problems);
        String speechEngine = text(root, "speechEngine", name, problems);
        ClinicDetails clinic = new ClinicDetails(clinicName(root, name, problems), clinicPhone(root, name, problems),
                handoutUrl(root, name, problems));
        return new Loaded(new Settings(mode, idle, countdown, language, folder == null ? null : Path.of(folder),
                screen, pin, textSize, highContrast, hidePointer, watchdog, screenOff,
                emergency == null ? d.emergencyNumber() : emergency, clinic, sound, volume, speechEngine), problems);
    }

    private static String clinicName(JsonNode root, String name, List<String> problems) {
        String clinic = text(root, "clinicName", name, problems);
        if (clinic != null && (clinic.strip().length() > ClinicDetails.MAX_NAME || hasControl(clinic))) {
            problems.add(name + " clinicName: must be one line of at most " + ClinicDetails.MAX_NAME
                    + " characters, got \"" + clinic + "\"; the handouts show no clinic name");
            return null;
        }
        return clinic == null ? null : clinic.strip();
    }

    private static String clinicPhone(JsonNode root, String name, List<String> problems) {
        String phone = text(root, "clinicPhone", name, problems);
        if (phone != null && (!PHONE.matcher(phone.strip()).matches() || phone.chars().filter(Character::isDigit).count() < 3)) {
            problems.add(name + " clinicPhone: must be a telephone number of digits, spaces and + ( ) - . /, like "
                    + "\"+1 555-0100\" (at most 30 characters), got \"" + phone + "\"; the handouts show no phone number");
            return null;
        }
        return phone == null ? null : phone.strip();
    }

    /** An http or https address with a host, no spaces, short enough for a QR code a phone reads easily. */
    private static String handoutUrl(JsonNode root, String name, List<String> problems) {
        String url = text(root, "handoutUrl", name, problems);
        if (url == null) {
            return null;
        }
        String address = url.strip();
        boolean good = address.length() <= ClinicDetails.MAX_URL && !hasControl(address) && !address.contains(" ");
        if (good) {
            try {
                java.net.URI uri = new java.net.URI(address);
                good = uri.getScheme() != null && (uri.getScheme().equalsIgnoreCase("https")
                        || uri.getScheme().equalsIgnoreCase("http")) && uri.getHost() != null;
            } catch (java.net.URISyntaxException e) {
                good = false;
            }
        }
        if (!good) {
            problems.add(name + " handoutUrl: must be a web address starting with https:// or http://, without spaces, "
                    + "of at most " + ClinicDetails.MAX_URL + " characters, got \"" + url
                    + "\"; the QR code holds the plan as text");
            return null;
        }
        return address;
    }

    private static boolean hasControl(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }

    /**
     * Gives the new file the old one's permissions, owner and group, so that rewriting a settings file
     * (say, root setting the PIN in /etc/backcare-kiosk/settings.json, readable by the kiosk's group)
     * never leaves a file the kiosk can no longer read. A new file keeps the temporary file's
     * owner-only permissions.
     */
    private static void keepOwnership(Path file, Path temp) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        PosixFileAttributeView old = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        PosixFileAttributeView fresh = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (old == null || fresh == null) {
            return; // not a POSIX file system (Windows): the folder's permissions apply
        }
        PosixFileAttributes attributes = old.readAttributes();
        fresh.setPermissions(attributes.permissions());
        try {
            fresh.setGroup(attributes.group());
            fresh.setOwner(attributes.owner());
        } catch (IOException e) {
            // Only root may give a file away; a person rewriting their own file owns it already.
        }
    }

    private static String text(JsonNode root, String key, String name, List<String> problems) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            problems.add(name + " " + key + ": must be text in quotes, got " + node + "; using the default");
            return null;
        }
        return node.asText();
    }

    private static int number(JsonNode root, String key, int min, int max, int fallback, String name,
                              List<String> problems) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isIntegralNumber() || node.asLong() < min || node.asLong() > max) {
            problems.add(name + " " + key + ": must be a whole number from " + min + " to " + max + ", got "
                    + node + "; using " + fallback);
            return fallback;
        }
        return node.asInt();
    }

    /** Writes the settings through a temporary file and a move, so a crash never leaves half a file. */
    public static void write(Path file, Settings settings) throws IOException {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("mode", settings.mode().id());
        root.put("idleSeconds", settings.idleSeconds());
        root.put("countdownSeconds", settings.countdownSeconds());
        if (settings.language() != null) {
            root.put("language", settings.language());
        }
        if (settings.contentFolder() != null) {
            root.put("contentFolder", settings.contentFolder().toString());
        }
        root.put("screen", settings.screen());
        if (settings.pinHash() != null) {
            root.put("pinHash", settings.pinHash());
        }
        root.put("textSize", settings.textSize().percent());
        root.put("highContrast", settings.highContrast());
        if (settings.hidePointer() != null) {
            root.put("hidePointer", settings.hidePointer());
        }
        root.put("watchdogSeconds", settings.watchdogSeconds());
        if (settings.screenOff() != null) {
            root.put("screenOff", settings.screenOff().toString());
        }
        root.put("emergencyNumber", settings.emergencyNumber());
        ClinicDetails clinic = settings.clinic();
        if (clinic.name() != null) {
            root.put("clinicName", clinic.name());
        }
        if (clinic.phone() != null) {
            root.put("clinicPhone", clinic.phone());
        }
        if (clinic.handoutUrl() != null) {
            root.put("handoutUrl", clinic.handoutUrl());
        }
        root.put("sound", settings.sound());
        root.put("soundVolume", settings.soundVolume());
        if (settings.speechEngine() != null) {
            root.put("speechEngine", settings.speechEngine());
        }
        writeAtomically(file, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    }

    /**
     * Through a temporary file and a move, so a crash never leaves half a file; a file that was
     * there keeps its permissions (the kiosk's user must still be able to read it).
     */
    private static void writeAtomically(Path file, String text) throws IOException {
        LocalFile.writeAtomically(file, text, temp -> keepOwnership(file, temp));
    }
}
