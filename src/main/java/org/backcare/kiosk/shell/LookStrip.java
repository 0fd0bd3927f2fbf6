package org.backcare.kiosk.shell;

import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.backcare.kiosk.settings.TextSize;
import org.backcare.kiosk.ui.Appearance;
import org.backcare.kiosk.ui.Texts;
import org.controlsfx.control.SegmentedButton;

import java.util.List;
import java.util.function.Consumer;

/**
 * The strip under the app bar with the text size and contrast choices, opened by the "Text size"
 * button. Its controls are laid out in Shell.fxml; this keeps them and the person's look in step.
 */
final class LookStrip {

    private final Appearance appearance;
    private final List<ToggleButton> sizes;
    private final ToggleButton contrastStandard;
    private final ToggleButton contrastHigh;

    /** @param sizes the text-size buttons, normal to largest */
    LookStrip(ToggleButton toggle, FlowPane strip, Appearance appearance, Texts texts, Label textSizeLabel,
              Label contrastLabel, List<ToggleButton> sizes, SegmentedButton sizeRow, ToggleButton contrastStandard,
              ToggleButton contrastHigh, SegmentedButton contrastRow) {
        this.appearance = appearance;
        this.sizes = sizes;
        this.contrastStandard = contrastStandard;
        this.contrastHigh = contrastHigh;
        texts.bind(textSizeLabel, "look.textSize");
        texts.bind(contrastLabel, "look.contrast");
        texts.bind(contrastStandard, "look.contrast.standard");
        texts.bind(contrastHigh, "look.contrast.high");
        for (ToggleButton size : sizes) {
            size.setAccessibleText(size.getText());
        }
        // The strip joins the window only while open: until someone opens it, its segmented buttons
        // need no skins, styles or stylesheet, which the kiosk's first frame then does not wait for.
        VBox top = (VBox) strip.getParent();
        top.getChildren().remove(strip);
        toggle.selectedProperty().addListener((o, was, open) -> {
            if (open) {
                top.getChildren().add(strip);
            } else {
                top.getChildren().remove(strip);
            }
        });
        List<TextSize> values = List.of(TextSize.NORMAL, TextSize.LARGE, TextSize.LARGEST);
        for (int i = 0; i < sizes.size(); i++) {
            sizes.get(i).setUserData(values.get(i));
        }
        contrastStandard.setUserData(Boolean.FALSE);
        contrastHigh.setUserData(Boolean.TRUE);
        onChoice(sizeRow, now -> appearance.textSizeProperty().set((TextSize) now));
        onChoice(contrastRow, now -> appearance.highContrastProperty().set((Boolean) now));
        appearance.textSizeProperty().addListener((o, was, now) -> showChoices());
        appearance.highContrastProperty().addListener((o, was, now) -> showChoices());
        showChoices();
    }

    /**
     * The settings are short words, so they sit in ControlsFX segmented buttons; one choice is
     * always made: tapping the chosen one again keeps it.
     */
    private static void onChoice(SegmentedButton row, Consumer<Object> action) {
        row.getToggleGroup().selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            } else if (now != null) {
                action.accept(now.getUserData());
            }
        });
    }

    /** Shows the current choices; selecting one deselects the others in its group (never none at all). */
    private void showChoices() {
        for (ToggleButton size : sizes) {
            if (size.getUserData() == appearance.textSizeProperty().get()) {
                size.setSelected(true);
            }
        }
        (appearance.highContrastProperty().get() ? contrastHigh : contrastStandard).setSelected(true);
    }
}
