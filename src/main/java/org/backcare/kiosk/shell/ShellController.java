package org.backcare.kiosk.shell;

import org.backcare.kiosk.session.ShellPlaces;
import org.backcare.kiosk.ui.LanguageSwitches;
import org.backcare.kiosk.screen.Screens;
import org.backcare.kiosk.ui.Appearance;
import org.backcare.kiosk.ui.Audio;
import org.backcare.kiosk.ui.ScreenText;
import org.backcare.kiosk.ui.Texts;

import javafx.animation.FadeTransition;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.scene.control.ToggleButton;
import org.controlsfx.control.SegmentedButton;

import java.util.List;
import org.backcare.kiosk.nav.Route;
import javafx.util.Duration;
import org.backcare.kiosk.nav.Navigator;

/**
 * The frame around every screen: Back, Home, the screen's title, Read aloud (when there is a voice),
 * the language switch, the text size and contrast choices, and the "not a diagnosis" line.
 */
public final class ShellController implements ShellPlaces {

    static final Duration FADE = Duration.millis(180);

    private final Navigator navigator;
    private final Screens screens;
    private final Texts texts;
    private final Appearance appearance;
    private final Audio audio;
    private final FocusSpeech focusSpeech;
    private boolean animate = true;
    /**
     * Fades each new screen in: a cover in the page colour lies over it and turns transparent. Fading
     * the screen itself would make JavaFX draw the whole screen into an off-screen picture on every
     * frame of the fade; without a graphics card those pictures are large arrays the renderer keeps
     * in a pool it empties only under memory pressure, so the heap grew by gigabytes. A plain
     * rectangle is drawn straight onto the screen with its transparency.
     */
    private final Rectangle fadeCover = new Rectangle();
    private final FadeTransition fade = new FadeTransition(FADE, fadeCover);
    private boolean titleOnOwnRow;

    @FXML
    private Button backButton;
    @FXML
    private Button homeButton;
    @FXML
    private Label title;
    @FXML
    private Button readAloudButton;
    @FXML
    private StackPane screenHolder;
    @FXML
    private BorderPane shell;
    @FXML
    private HBox appBar;
    @FXML
    private Label disclaimer;
    @FXML
    private HBox languageButtons;
    @FXML
    private Region barSpacer;
    @FXML
    private StackPane titleRow;
    @FXML
    private ToggleButton lookToggle;
    @FXML
    private FlowPane lookBar;
    @FXML
    private Label textSizeLabel;
    @FXML
    private SegmentedButton textSizes;
    @FXML
    private ToggleButton textSize100;
    @FXML
    private ToggleButton textSize125;
    @FXML
    private ToggleButton textSize150;
    @FXML
    private Label contrastLabel;
    @FXML
    private SegmentedButton contrasts;
    @FXML
    private ToggleButton contrastStandard;
    @FXML
    private ToggleButton contrastHigh;
    private Node extraButton;
    private LookStrip lookStrip;

    public ShellController(Navigator navigator, Screens screens, Texts texts, Appearance appearance) {
        this(navigator, screens, texts, appearance, Audio.silent());
    }

    public ShellController(Navigator navigator, Screens screens, Texts texts, Appearance appearance, Audio audio) {
        this.audio = audio;
        this.focusSpeech = new FocusSpeech(audio, appearance);
        this.navigator = navigator;
        this.screens = screens;
        this.texts = texts;
        this.appearance = appearance;
    }

    @FXML
    private void initialize() {
        fadeCover.getStyleClass().add("fade-cover");
        fadeCover.setManaged(false);
        fadeCover.setMouseTransparent(true);
        fadeCover.widthProperty().bind(screenHolder.widthProperty());
        fadeCover.heightProperty().bind(screenHolder.heightProperty());
        fade.setFromValue(0.8);
        fade.setToValue(0);
        fade.setOnFinished(e -> screenHolder.getChildren().remove(fadeCover));
        texts.bind(backButton, "nav.back");
        texts.bind(homeButton, "nav.home");
        texts.bind(disclaimer, "app.disclaimer");
        texts.bind(lookToggle, "look.toggle");
        // Without a voice there is nothing to press: the button is not shown at all.
        readAloudButton.setVisible(audio.canSpeak());
        readAloudButton.setManaged(audio.canSpeak());
        showReading();
        audio.readingProperty().addListener((o, was, now) -> showReading());
        appBar.sceneProperty().addListener((o, was, now) -> focusSpeech.attach(now));
        lookStrip = new LookStrip(lookToggle, lookBar, appearance, texts, textSizeLabel, contrastLabel,
                List.of(textSize100, textSize125, textSize150), textSizes, contrastStandard, contrastHigh, contrasts);
        appearance.languageProperty().addListener((o, was, now) -> showLanguages());
        showLanguages();
        appBar.widthProperty().addListener((o, was, now) -> placeTitle());
        title.textProperty().addListener((o, was, now) -> placeTitle());
        // Buttons grow with the text size and change with the language: look again when they do.
        backButton.widthProperty().addListener((o, was, now) -> placeTitle());
        lookToggle.widthProperty().addListener((o, was, now) -> placeTitle());
        readAloudButton.widthProperty().addListener((o, was, now) -> placeTitle()); // "Stop reading" is wider
        languageButtons.widthProperty().addListener((o, was, now) -> placeTitle());
        backButton.disableProperty().bind(navigator.backPossibleProperty().not());
        backButton.visibleProperty().bind(navigator.atHomeProperty().not());
        backButton.managedProperty().bind(backButton.visibleProperty());
        homeButton.visibleProperty().bind(navigator.atHomeProperty().not());
        homeButton.managedProperty().bind(homeButton.visibleProperty());
        navigator.viewProperty().addListener((o, old, view) -> show(view));
        if (navigator.viewProperty().get() != null) {
            show(navigator.viewProperty().get());
        }
    }

    private void show(Node view) {
        audio.stop(); // what was read belongs to the screen that went
        boolean attract = navigator.current() instanceof Route.Attract;
        appBar.setVisible(!attract);
        appBar.setManaged(!attract);
        showRows();
        disclaimer.setVisible(!attract);
        disclaimer.setManaged(!attract);
        title.setText(screens.title(navigator.current()));
        // The first screen, when the kiosk starts, is shown at once: the window's first frame shows
        // it whole, and nothing animates until someone taps. Every later screen fades in.
        boolean first = screenHolder.getChildren().isEmpty();
        if (animate && !first) {
            screenHolder.getChildren().setAll(view, fadeCover);
            fade.playFromStart();
        } else {
            screenHolder.getChildren().setAll(view); // setAnimate(false) has ended any fade
        }
    }

    /** One button per other language, named in that language ("Español", "English"): no flags. */
    private void showLanguages() {
        languageButtons.getChildren().setAll(LanguageSwitches.of(appearance, texts.get("look.language")));
        placeTitle();
    }

    /**
     * The title shares the bar with the buttons while it has at least 40 % of the width; in a narrow
     * window or at large text it moves to a row of its own, so neither it nor a button is squeezed.
     */
    private void placeTitle() {
        // The scene's width, not the bar's: a bar already pushed wider than the window must still shrink.
        double width = appBar.getScene() != null ? appBar.getScene().getWidth() : appBar.getWidth();
        if (width <= 0) {
            return;
        }
        appBar.applyCss();
        List<ButtonBase> shrinkable = List.of(readAloudButton, lookToggle, homeButton, backButton);
        shrinkable.forEach(b -> b.setContentDisplay(ContentDisplay.LEFT));
        double buttons = buttonsWidth();
        // Still too wide on its own row: the buttons show their icons only, the least needed first
        // (their accessible text still names them).
        for (ButtonBase button : shrinkable) {
            if (buttons <= width) {
                break;
            }
            if (!button.isVisible()) {
                continue; // not in the bar (Read aloud without a voice): shrinking it gains nothing
            }
            double before = button.prefWidth(-1);
            button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            buttons -= before - button.prefWidth(-1);
        }
        double room = width - buttons - appBar.getSpacing();
        // A long title (up to the content's limit) would wrap into a tall bar beside the buttons:
        // it gets its own full-width row once it needs more than two lines there.
        boolean ownRow = room < width * 0.4 || title.prefHeight(room) > title.prefHeight(-1) * 2.5;
        if (ownRow == titleOnOwnRow) {
            return;
        }
        titleOnOwnRow = ownRow;
        if (ownRow) {
            appBar.getChildren().remove(title);
            titleRow.getChildren().setAll(title);
        } else {
            titleRow.getChildren().clear();
            appBar.getChildren().add(appBar.getChildren().indexOf(barSpacer), title);
        }
        showRows();
    }

    /** The width the app bar's buttons need, without the title. */
    private double buttonsWidth() {
        double buttons = appBar.snappedLeftInset() + appBar.snappedRightInset();
        int count = 0;
        for (Node child : appBar.getChildren()) {
            if (child != title && child != barSpacer && child.isVisible()) {
                buttons += child.prefWidth(-1);
                count++;
            }
        }
        return buttons + appBar.getSpacing() * count;
    }

    private void showRows() {
        boolean attract = navigator.current() instanceof Route.Attract;
        titleRow.setVisible(titleOnOwnRow && !attract);
        titleRow.setManaged(titleRow.isVisible());
        barSpacer.setVisible(titleOnOwnRow);
        barSpacer.setManaged(titleOnOwnRow);
    }

    /** An empty place at the start of the app bar, under the staff corner, so the corner covers no button. */
    private final Region staffSpace = new Region();

    /**
     * Sizes the staff corner to the empty place at the start of the app bar (and the app bar's
     * height), so a long press there never lands on Back; on the attract screen, which has no app
     * bar, it keeps its own size in the empty top-left corner.
     */
    @Override
    public void fitStaffCorner(Region corner, double attractSize) {
        staffSpace.setId("staffSpace");
        staffSpace.getStyleClass().add("staff-space");
        staffSpace.setMinWidth(Region.USE_PREF_SIZE);
        corner.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> appBar.isVisible() && appBar.getChildren().contains(staffSpace)
                        ? staffSpace.getBoundsInParent().getMaxX() : attractSize,
                staffSpace.boundsInParentProperty(), appBar.visibleProperty(), appBar.getChildren()));
        corner.prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> appBar.isVisible() ? appBar.getHeight() : attractSize,
                appBar.heightProperty(), appBar.visibleProperty()));
        corner.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    }

    /** Makes room for the staff corner at the start of the app bar (kiosk mode), or gives it back. */
    @Override
    public void showStaffSpace(boolean show) {
        if (show == appBar.getChildren().contains(staffSpace)) {
            return;
        }
        if (show) {
            appBar.getChildren().add(0, staffSpace);
        } else {
            appBar.getChildren().remove(staffSpace);
        }
        placeTitle();
    }

    /** A panel beside the screens (the therapist's jump list), or null for none. */
    @Override
    public void setSidePanel(Node panel) {
        shell.setLeft(panel);
    }

    /** A button at the end of the app bar (the therapist's panel toggle), or null for none. */
    @Override
    public void setExtraButton(Node button) {
        if (extraButton != null) {
            appBar.getChildren().remove(extraButton);
        }
        extraButton = button;
        if (button != null) {
            ((Region) button).setMinWidth(Region.USE_PREF_SIZE);
            appBar.getChildren().add(button);
        }
        placeTitle();
    }

    /** Opens or closes the strip with the text size and contrast choices (the "Text size" button does this). */
    @Override
    public void showLookChoices(boolean show) {
        lookToggle.setSelected(show);
    }

    /**
     * Screen changes (not the first screen) fade in; exports and tests turn that off, which also
     * ends a fade under way.
     */
    public void setAnimate(boolean animate) {
        this.animate = animate;
        if (!animate) {
            fade.stop();
            screenHolder.getChildren().remove(fadeCover);
        }
    }

    /** Reads the screen aloud: its title, then its words in reading order; a second press stops. */
    @FXML
    private void readAloud() {
        if (audio.readingProperty().get()) {
            audio.stop();
            return;
        }
        Node view = screenHolder.getChildren().isEmpty() ? null : screenHolder.getChildren().get(0);
        String words = view == null ? "" : ScreenText.of(view);
        audio.read(title.getText() + ".\n" + words, appearance.languageProperty().get());
    }

    private void showReading() {
        boolean reading = audio.readingProperty().get();
        texts.bind(readAloudButton, reading ? "audio.stopReading" : "audio.readAloud");
        ((org.kordamp.ikonli.javafx.FontIcon) readAloudButton.getGraphic())
                .setIconLiteral(reading ? "mdi2s-stop" : "mdi2v-volume-high");
    }

    @Override
    public void stopReading() {
        audio.stop();
        focusSpeech.forget();
    }

    @FXML
    private void back() {
        navigator.back();
    }

    @FXML
    private void home() {
        navigator.home();
    }
}
