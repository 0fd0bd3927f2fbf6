package org.backcare.kiosk.session;

import org.backcare.kiosk.screen.ActivityEvent;
import org.backcare.kiosk.screen.Screens;
import org.backcare.kiosk.screen.TakeHome;
import org.backcare.kiosk.ui.Appearance;
import org.backcare.kiosk.ui.FxTicker;
import org.backcare.kiosk.ui.Texts;

import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TouchEvent;
import javafx.stage.Stage;
import org.backcare.kiosk.settings.Mode;
import org.backcare.kiosk.settings.Settings;
import org.backcare.kiosk.nav.Navigator;
import org.backcare.kiosk.nav.Route;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;

/**
 * How the kiosk behaves in its mode, and the keyboard: it switches between the idle reset
 * ({@link IdleWatch}), the locked window ({@link WindowLock}) and the staff way out ({@link AdminAccess})
 * in kiosk mode, the jump panel ({@link TherapistPanel}) in therapist mode, and clicker paging
 * ({@link ClassroomPaging}) in classroom mode.
 */
public final class KioskSession {

    private static final Logger LOG = Logger.getLogger(KioskSession.class.getName());

    private final Navigator navigator;
    private final Screens screens;
    private final Appearance appearance;
    private final ShellPlaces shell;
    private final IdleWatch idle;
    private final AdminAccess admin;
    private final java.util.function.Supplier<TherapistPanel> makeTherapistPanel;
    private TherapistPanel therapist;
    private final ToggleButton panelToggle;
    /** The idle clock's next look, without an animation (see FxTicker and {@link #nextTick}). */
    private FxTicker.Ticks ticks;
    private static final Duration TICK = Duration.ofMillis(500);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(5);
    /** The hidePointer setting: no pointer over a touch screen's kiosk. */
    private final boolean pointerHidden;
    private Mode mode;
    private final WindowLock windowLock = new WindowLock();
    private final ClassroomPaging paging;
    private final TakeHome takeHome;

    public KioskSession(Settings settings, Clock clock, Navigator navigator, Screens screens,
                 Texts texts, ShellPlaces shell, Runnable onQuit,
                 Appearance appearance, PinLockFile pinLock) {
        this.navigator = navigator;
        this.screens = screens;
        this.takeHome = screens.takeHome();
        this.paging = new ClassroomPaging(navigator, screens);
        this.appearance = appearance;
        this.shell = shell;
        this.mode = settings.mode();
        this.pointerHidden = settings.pointerHidden();
        IdleTimer timer = new IdleTimer(Duration.ofSeconds(settings.idleSeconds()),
                Duration.ofSeconds(settings.countdownSeconds()), clock);
        this.idle = new IdleWatch(timer, texts, this::resetForNextPerson,
                () -> navigator.current() instanceof Route.Attract, () -> {
                    appearance.reset();
                    shell.showLookChoices(false);
                });
        this.admin = new AdminAccess(new PinGuard(settings.pinHash(), clock, pinLock), clock, texts, new AdminAccess.Actions() {
            @Override
            public void quit() {
                onQuit.run();
            }

            @Override
            public void therapistMode() {
                switchMode(Mode.THERAPIST);
            }
        });
        // Built on first use: listing every screen walks every picker path, which a patient's start skips.
        this.makeTherapistPanel = () -> new TherapistPanel(screens, navigator, texts.messages(), takeHome);
        shell.fitStaffCorner(admin.corner(), AdminAccess.CORNER_SIZE);
        this.panelToggle = texts.bind(new ToggleButton(), "therapist.toggle");
        panelToggle.setId("therapistToggle");
        panelToggle.getStyleClass().add("nav-button");
        panelToggle.selectedProperty().addListener((o, was, open) -> {
            shell.setSidePanel(open ? therapistPanel().node() : null);
            idle.setEnabled(idleResets());
        });
    }

    private TherapistPanel therapistPanel() {
        if (therapist == null) {
            therapist = makeTherapistPanel.get();
        }
        return therapist;
    }

    /** The nodes laid over the screens: the staff corner and the overlays. */
    public List<javafx.scene.Node> layers() {
        return List.of(admin.corner(), idle.overlay(), admin.overlay());
    }

    /** The first screen of this mode, and where an idle reset leads. */
    public Route startRoute() {
        return mode == Mode.KIOSK ? Route.ATTRACT : Route.HOME;
    }

    public Mode mode() {
        return mode;
    }

    /** Starts watching input on the scene and ticking the idle clock. */
    public void attach(Scene scene) {
        for (var type : List.of(MouseEvent.MOUSE_PRESSED, TouchEvent.TOUCH_PRESSED, KeyEvent.KEY_PRESSED, ScrollEvent.SCROLL)) {
            scene.addEventFilter(type, e -> idle.touch());
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        if (pointerHidden) {
            scene.setCursor(Cursor.NONE);
            scene.getRoot().getStyleClass().add("pointer-hidden"); // the theme's own cursors too
        }
        scene.addEventFilter(ActivityEvent.ACTIVE_UNTIL, e -> idle.busyUntil(e.until()));
        applyMode();
        navigator.reset(startRoute());
        if (ticks != null) {
            ticks.stop();
        }
        ticks = FxTicker.after(TICK, this, KioskSession::tick);
    }

    /** Kiosk mode's window: full screen, undecorated, and no key or close request leaves it. Call before showing. */
    public void lock(Stage stage) {
        if (mode == Mode.KIOSK) {
            windowLock.lock(stage);
        }
    }

    /** Refuses close requests and undoes leaving full screen; the scene's key filter refuses the keys. */
    public void guard(Stage stage) {
        windowLock.guard(stage);
    }

    /** Lifts the window lock (tests close their locked windows with it). */
    public void unlock() {
        windowLock.unlock();
    }

    /**
     * The keyboard: Esc goes back (or closes the staff pad) and never leaves the locked window; Enter
     * presses the focused button as Space does; in kiosk mode F11 and Alt+F4 do nothing.
     */
    private void keys(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            e.consume();
            if (admin.isOpen()) {
                admin.close();
            } else {
                navigator.back();
            }
            return;
        }
        if ((windowLock.isLocked() || mode == Mode.KIOSK) && WindowLock.leavesTheWindow(e)) {
            e.consume();
            return;
        }
        if (e.getCode() == KeyCode.ENTER && e.getTarget() instanceof javafx.scene.Node target
                && target.getScene() != null && target.getScene().getFocusOwner() instanceof ButtonBase button
                && !button.isDisabled()) {
            button.fire();
            e.consume();
            return;
        }
        if (mode == Mode.CLASSROOM) {
            paging.keys(e);
        }
    }

    /** Changes mode at run time: from kiosk to therapist after the PIN, and back. */
    public void switchMode(Mode next) {
        LOG.info(() -> "Mode changed from " + mode.id() + " to " + next.id());
        mode = next;
        applyMode();
        // The screen shown was built for the old mode: build it again, so staff find Save as PDF
        // and Add to handout on it at once (history and Back stay as they were).
        navigator.reload();
    }

    private void applyMode() {
        shell.setExtraButton(mode == Mode.THERAPIST ? panelToggle : null);
        panelToggle.setSelected(mode == Mode.THERAPIST);
        boolean corner = mode == Mode.KIOSK || windowLock.isLocked();
        admin.corner().setVisible(corner);
        shell.showStaffSpace(corner);
        idle.setEnabled(idleResets());
    }

    private boolean idleResets() {
        return mode == Mode.KIOSK || (mode == Mode.THERAPIST && !panelToggle.isSelected());
    }

    private void tick() {
        try {
            checkIdle();
            admin.tick();
        } finally {
            ticks = FxTicker.after(nextTick(), this, KioskSession::tick); // a failed look never stops the clock
        }
    }

    /**
     * Twice a second while something counts down on screen (the "Still there?" overlay, the staff
     * pad); otherwise not before the idle clock's state can change, and at least every
     * {@link #LONGEST_WAIT} (a hold that ends, or a change of mode, can bring the change nearer).
     * A kiosk left on Home wakes every few seconds instead of twice a second.
     */
    private Duration nextTick() {
        if (admin.isOpen()) {
            return TICK;
        }
        Duration wait = idle.untilNextCheck();
        return wait.compareTo(TICK) < 0 ? TICK : wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /**
     * Looks at the idle clock now; the session calls it when there may be something to do (see
     * {@link #nextTick}). The staff PIN pad
     * does not hold it off: left untouched, the pad closes itself first.
     */
    public void checkIdle() {
        admin.closeIfUntouched();
        idle.check();
    }

    /** Clears everything of the last person and shows the first screen again. */
    public void resetForNextPerson() {
        LOG.info("Idle: starting over for the next person");
        admin.close();
        takeHome.clearPlan(); // the therapist's plan is the last person's: it never reaches the next
        takeHome.checkPrinter(); // a printer switched off or on since shows (or hides) its button for the next person
        appearance.reset();
        shell.showLookChoices(false); // the next person finds the text-size strip closed
        shell.stopReading();
        if (mode == Mode.THERAPIST && windowLock.isLocked()) {
            mode = Mode.KIOSK;
            applyMode();
        }
        navigator.reset(startRoute());
    }

    /** After a language switch the therapist's list is built again in the new language. */
    public void languageChanged() {
        therapist = null;
        if (panelToggle.isSelected()) {
            shell.setSidePanel(therapistPanel().node());
        }
    }

    /** Shows in the staff menu that the clinic's content had this many problems (the kiosk runs on the bundled). */
    public void contentProblems(int count) {
        admin.contentProblems(count);
    }

    /** Opens the staff PIN pad, as the long press on the corner does. */
    public void openAdmin() {
        admin.open();
    }
}
