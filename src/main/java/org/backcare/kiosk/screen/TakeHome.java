package org.backcare.kiosk.screen;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.backcare.kiosk.content.Content;
import org.backcare.kiosk.handout.Handout;
import org.backcare.kiosk.handout.HandoutPdf;
import org.backcare.kiosk.handout.HandoutPrinter;
import org.backcare.kiosk.handout.Handouts;
import org.backcare.kiosk.handout.TherapistPlan;
import org.backcare.kiosk.settings.ClinicDetails;
import org.backcare.kiosk.settings.Mode;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a person can take home, for every screen that offers it: the handouts with the clinic's
 * details, printing to the default printer, saving as PDF to a chosen folder, and the therapist's
 * plan. Making a PDF, printing and saving run on a thread of their own, never on the JavaFX
 * thread; the screen hears the outcome back on the JavaFX thread. Failures are logged, and the
 * person gets a plain sentence.
 */
public final class TakeHome {

    private static final Logger LOG = Logger.getLogger(TakeHome.class.getName());
    /** How long a printer lookup is trusted before the next screen asks again. */
    private static final java.time.Duration PRINTER_CHECK_EVERY = java.time.Duration.ofSeconds(30);

    /** Asks a person for a folder (a USB stick); null when they cancel. */
    @FunctionalInterface
    public interface FolderChooser {
        Path choose(Window owner, String title);

        /** The platform's folder dialog. */
        FolderChooser DIALOG = (owner, title) -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(title);
            File folder = chooser.showDialog(owner);
            return folder == null ? null : folder.toPath();
        };

        /** Never a folder (tests, and the soak's random taps). */
        FolderChooser NONE = (owner, title) -> null;
    }

    private final ClinicDetails clinic;
    private final String emergencyNumber;
    private final HandoutPrinter printer;
    private final Supplier<Mode> mode;
    private final Clock clock;
    private final TherapistPlan plan = new TherapistPlan();
    private final ReadOnlyIntegerWrapper planSize = new ReadOnlyIntegerWrapper(this, "planSize", 0);
    private final ReadOnlyBooleanWrapper printerReady = new ReadOnlyBooleanWrapper(this, "printerReady", false);
    private FolderChooser folders;
    private ExecutorService worker;
    private java.time.Instant printerCheckedAt;
    private boolean checking;

    public TakeHome(ClinicDetails clinic, String emergencyNumber, HandoutPrinter printer, FolderChooser folders,
                    Supplier<Mode> mode, Clock clock) {
        this.clinic = clinic == null ? ClinicDetails.NONE : clinic;
        this.emergencyNumber = emergencyNumber;
        this.printer = printer;
        this.folders = folders;
        this.mode = mode;
        this.clock = clock;
    }

    public Mode mode() {
        return mode.get();
    }

    /** The handouts of a language's content, with the clinic's details and the QR code's address. */
    public Handouts handouts(Content content) {
        return new Handouts(content, clinic.name(), clinic.phone(), emergencyNumber, clinic.handoutUrl());
    }

    /** The day printed on a handout: the computer's own day (the kiosk's clock runs in UTC). */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), java.time.ZoneId.systemDefault());
    }

    /** Whether the last look found a default printer: print buttons show only then. */
    public ReadOnlyBooleanProperty printerReadyProperty() {
        return printerReady.getReadOnlyProperty();
    }

    /**
     * Looks for the default printer on the worker thread (asking the printing system can take a
     * moment), unless it looked less than 30 seconds ago. Call on the JavaFX thread.
     */
    public void checkPrinter() {
        java.time.Instant now = clock.instant();
        if (checking || (printerCheckedAt != null && now.isBefore(printerCheckedAt.plus(PRINTER_CHECK_EVERY)))) {
            return;
        }
        checking = true;
        printerCheckedAt = now;
        worker().execute(() -> {
            boolean ready = printer.defaultPrinter().isPresent();
            Platform.runLater(() -> {
                checking = false;
                printerReady.set(ready);
            });
        });
    }

    /**
     * Prints the handout on the default printer, with no dialog.
     *
     * @param done called on the JavaFX thread: true with the printer's name, or false with nothing to show
     */
    public void print(Handout handout, BiConsumer<Boolean, String> done) {
        worker().execute(() -> {
            try {
                String name = printer.defaultPrinter().orElseThrow(() -> new IOException("there is no default printer"));
                printer.print(HandoutPdf.bytes(handout), handout.title());
                LOG.info(() -> "Printed a handout on " + name);
                Platform.runLater(() -> done.accept(true, name));
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Could not print a handout", e);
                Platform.runLater(() -> {
                    printerCheckedAt = null; // look again: the printer may have gone
                    done.accept(false, null);
                });
            }
        });
    }

    /** Asks for a folder (a USB stick); null when the person cancels. Call on the JavaFX thread. */
    public Path chooseFolder(Window owner, String title) {
        try {
            return folders.choose(owner, title);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The folder dialog failed", e);
            return null;
        }
    }

    /**
     * Writes the handout as a PDF into the folder, under the name given or, when a file of that
     * name is there, with " (2)", " (3)"… added: nothing is ever overwritten.
     *
     * @param done called on the JavaFX thread: true with the file written, or false with nothing
     */
    public void save(Handout handout, Path folder, String fileName, BiConsumer<Boolean, Path> done) {
        worker().execute(() -> {
            try {
                byte[] pdf = HandoutPdf.bytes(handout);
                Path file = writeNew(folder, fileName, pdf);
                LOG.info(() -> "Saved a handout as " + file);
                Platform.runLater(() -> done.accept(true, file));
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Could not save a handout in " + folder, e);
                Platform.runLater(() -> done.accept(false, null));
            }
        });
    }

    static Path writeNew(Path folder, String fileName, byte[] pdf) throws IOException {
        String base = fileName.endsWith(".pdf") ? fileName.substring(0, fileName.length() - 4) : fileName;
        for (int n = 1; n < 1000; n++) {
            Path file = folder.resolve(n == 1 ? base + ".pdf" : base + " (" + n + ").pdf");
            try {
                Files.write(file, pdf, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return file;
            } catch (FileAlreadyExistsException e) {
                // try the next name
            }
        }
        throw new IOException("too many handouts named " + base + " in " + folder);
    }

    /** The therapist's plan (memory only). Change it through {@link #addToPlan} and {@link #removeFromPlan}. */
    public java.util.List<String> plan() {
        return plan.exercises();
    }

    public boolean inPlan(String exerciseId) {
        return plan.contains(exerciseId);
    }

    public boolean planFull() {
        return plan.isFull();
    }

    public boolean addToPlan(String exerciseId) {
        boolean added = plan.add(exerciseId);
        planSize.set(plan.size());
        return added;
    }

    public void removeFromPlan(String exerciseId) {
        plan.remove(exerciseId);
        planSize.set(plan.size());
    }

    /** Empties the plan: the idle reset does this, so the next person never sees it. */
    public void clearPlan() {
        plan.clear();
        planSize.set(0);
    }

    public ReadOnlyIntegerProperty planSizeProperty() {
        return planSize.getReadOnlyProperty();
    }

    /** Tests choose the folder a "Save as PDF" writes to. */
    public void setFolderChooser(FolderChooser chooser) {
        this.folders = chooser;
    }

    private ExecutorService worker() {
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "handout");
                t.setDaemon(true);
                return t;
            });
        }
        return worker;
    }
}
