/** BackCare Kiosk: teaches patients about back muscle pain on a touchscreen. */
module org.backcare.kiosk {
    requires javafx.controls;
    requires javafx.fxml;
    // The hold timer's tones.
    requires javafx.media;
    requires org.controlsfx.controls;
    requires com.fasterxml.jackson.databind;
    requires org.kordamp.ikonli.javafx;
    requires org.kordamp.ikonli.materialdesign2;
    requires java.logging;
    // The take-home handout: a PDF (PDFBox draws with java.awt colours) and a QR code.
    requires java.desktop;
    requires org.apache.pdfbox;
    requires io.nayuki.qrcodegen;
    // PDFBox is an automatic module and logs through Commons Logging, an explicit module, which the
    // module system resolves only when a module requires it: without this line a kiosk started on
    // the module path (javafx:run, the endurance run) failed with NoClassDefFoundError on its first
    // handout. The installer's image made PDFBox explicit (installer/explicit-modules.sh) and had it.
    requires org.apache.commons.logging;

    exports org.backcare.kiosk.app to javafx.graphics;
    exports org.backcare.kiosk.content;
    opens org.backcare.kiosk.widget to javafx.fxml;
    opens org.backcare.kiosk.shell to javafx.fxml;

    opens org.backcare.kiosk.screen to javafx.fxml;
    opens org.backcare.kiosk.screen.home to javafx.fxml;
    opens org.backcare.kiosk.screen.muscles to javafx.fxml;
    opens org.backcare.kiosk.screen.causes to javafx.fxml;
    opens org.backcare.kiosk.screen.symptoms to javafx.fxml;
    opens org.backcare.kiosk.screen.selfcare to javafx.fxml;
    opens org.backcare.kiosk.screen.exercises to javafx.fxml;
    opens org.backcare.kiosk.screen.doctor to javafx.fxml;
    opens org.backcare.kiosk.screen.keypoints to javafx.fxml;
    opens org.backcare.kiosk.screen.sources to javafx.fxml;
    opens org.backcare.kiosk.screen.picker to javafx.fxml;
    opens org.backcare.kiosk.screen.attract to javafx.fxml;
    opens org.backcare.kiosk.screen.plan to javafx.fxml;
}
