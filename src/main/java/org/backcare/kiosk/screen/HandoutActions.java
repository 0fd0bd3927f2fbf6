package org.backcare.kiosk.screen;

import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.backcare.kiosk.handout.Handout;
import org.backcare.kiosk.handout.HandoutPdf;
import org.backcare.kiosk.settings.Mode;
import org.backcare.kiosk.widget.Card;
import org.backcare.kiosk.widget.QrCodeView;
import org.kordamp.ikonli.javafx.FontIcon;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The take-home part of a screen: "Print handout" (only when there is a printer; straight to it,
 * no dialog), "Save as PDF" to a chosen folder (not in kiosk mode, where no one may browse the
 * computer's folders), a line saying how it went, and the plan's QR code with its caption.
 */
public final class HandoutActions {

    /** The side the on-screen QR code aims for: a plan of ~800 characters gets 4-pixel modules (about 1.1 mm on a 24-inch screen), which a phone reads at arm's length. */
    static final double QR_SIDE = 480;
    static final int QR_MIN_MODULE = 3;

    private final ScreenContext context;
    private final Supplier<Handout> handout;
    private final String fileStem;
    private final Label status = Card.wrapped("", "handout-status");

    /**
     * @param handout  makes the handout when a button is pressed (the plan may have changed)
     * @param fileStem what the saved file is named after: the result's or exercise's id, or "plan"
     */
    public HandoutActions(ScreenContext context, Supplier<Handout> handout, String fileStem) {
        this.context = context;
        this.handout = handout;
        this.fileStem = fileStem;
        status.setId("handoutStatus");
        status.setAccessibleRole(AccessibleRole.TEXT);
        status.setVisible(false);
        status.managedProperty().bind(status.visibleProperty());
        context.takeHome().checkPrinter();
    }

    /** The buttons this mode offers, in a row that wraps at large text, with any extra ones after them. */
    public FlowPane buttons(Node... extra) {
        FlowPane row = new FlowPane();
        row.getStyleClass().add("handout-buttons");
        row.getChildren().add(printButton());
        if (context.takeHome().mode() != Mode.KIOSK) {
            row.getChildren().add(saveButton());
        }
        row.getChildren().addAll(extra);
        return row;
    }

    /** The line saying "Printing…", "Sent to the printer", "Saved as …" or what went wrong. */
    public Label status() {
        return status;
    }

    /** Whether this screen offers anything to press in this mode when there is no printer. */
    public boolean offersMoreThanPrint() {
        return context.takeHome().mode() != Mode.KIOSK;
    }

    private Button printButton() {
        Button print = button("printHandout", "takeHome.print", "mdi2p-printer");
        print.visibleProperty().bind(context.takeHome().printerReadyProperty());
        print.managedProperty().bind(print.visibleProperty());
        print.setOnAction(e -> {
            print.setDisable(true);
            say(context.text("takeHome.printing"), false);
            context.takeHome().print(handout.get(), (ok, printer) -> {
                // One copy per visit in kiosk mode, so repeated taps do not empty the paper tray;
                // staff modes may print again.
                print.setDisable(ok && context.takeHome().mode() == Mode.KIOSK);
                say(context.text(ok ? "takeHome.printed" : "takeHome.printFailed"), !ok);
            });
        });
        return print;
    }

    private Button saveButton() {
        Button save = button("saveHandout", "takeHome.save", "mdi2f-file-pdf-box");
        save.setOnAction(e -> {
            Path folder = context.takeHome().chooseFolder(save.getScene() == null ? null : save.getScene().getWindow(),
                    context.text("takeHome.chooseFolder"));
            if (folder == null) {
                return;
            }
            save.setDisable(true);
            say(context.text("takeHome.saving"), false);
            String name = context.text("takeHome.fileName") + "-" + fileStem + "-" + context.takeHome().today() + ".pdf";
            context.takeHome().save(handout.get(), folder, name, (ok, file) -> {
                save.setDisable(false);
                say(ok ? context.text("takeHome.saved", file.getFileName().toString(), folder.toString())
                        : context.text("takeHome.saveFailed"), !ok);
            });
        });
        return save;
    }

    private Button button(String id, String key, String icon) {
        Button button = new Button(context.text(key), new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().add("link-button");
        button.setWrapText(true);
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return button;
    }

    private void say(String text, boolean problem) {
        status.setText(text);
        status.getStyleClass().remove("handout-problem");
        if (problem) {
            status.getStyleClass().add("handout-problem");
        }
        status.setVisible(true);
    }

    /** The QR code of the handout: the plan as text, or the clinic's address. */
    public static QrCodeView qrCode(ScreenContext context, Handout handout) {
        QrCodeView code = new QrCodeView(HandoutPdf.qrCode(handout.qrText()), QR_SIDE, QR_MIN_MODULE);
        code.setId("handoutQr");
        code.setAccessibleText(context.text("takeHome.qrName"));
        return code;
    }

    /** What the code does for a person: "Scan to keep this plan on your phone…". */
    public static Label qrCaption(ScreenContext context, Handout handout) {
        boolean address = !handout.qrText().equals(org.backcare.kiosk.handout.PlanText.of(handout));
        Label caption = Card.wrapped(context.text(address ? "takeHome.qrAddress" : "takeHome.qrPlan"), "qr-caption");
        caption.setId("qrCaption");
        return caption;
    }

    /**
     * The full-width "Take it home" card: the QR code on the left; on the right what it is for, the
     * buttons and how printing or saving went.
     */
    public Card card(Handout shown, Node... extra) {
        Card card = new Card().styled("take-home").heading(context.text("takeHome.heading"), "mdi2q-qrcode");
        card.setId("takeHome");
        VBox side = new VBox(qrCaption(context, shown), buttons(extra), status);
        side.getStyleClass().add("take-home-side");
        side.setMinWidth(0);
        HBox.setHgrow(side, Priority.ALWAYS);
        HBox body = new HBox(qrCode(context, shown), side);
        body.getStyleClass().add("take-home-body");
        card.add(body);
        return card;
    }

    /** A link to the therapist's plan screen, with how many exercises it holds. */
    public static Button planLink(ScreenContext context) {
        Button link = new Button(context.text("takeHome.openPlan", context.takeHome().plan().size()),
                new FontIcon("mdi2c-clipboard-list-outline"));
        link.setId("openPlan");
        link.getStyleClass().add("link-button");
        link.setWrapText(true);
        link.setOnAction(e -> context.navigator().go(ScreenRegistry.PLAN));
        return link;
    }
}
