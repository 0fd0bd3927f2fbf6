/** The benchmark's baseline: a minimal JavaFX window, launched exactly as the kiosk is. */
module org.backcare.bench.baseline {
    requires javafx.controls;
    exports org.backcare.bench.baseline to javafx.graphics;
}
