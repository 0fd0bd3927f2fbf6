package org.backcare.kiosk;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.backcare.kiosk.app.ContentChecks;
import org.backcare.kiosk.app.DisplayPower;
import org.backcare.kiosk.app.Logs;
import org.backcare.kiosk.app.Options;
import org.backcare.kiosk.app.Watchdog;
import org.backcare.kiosk.session.IdleTimer;
import org.backcare.kiosk.session.PinGuard;
import org.backcare.kiosk.session.PinLockFile;
import org.backcare.kiosk.session.PinLockFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Guards the architecture: offline, pure logic without JavaFX, layers that only reach down, no package cycles. */
class ArchitectureTest {

    private static JavaClasses kiosk;

    @BeforeAll
    static void importClasses() {
        kiosk = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.backcare.kiosk");
    }

    /** java.net.URL names the kiosk's own resources; what would open a connection is forbidden. */
    @Test
    void theKioskOpensNoNetworkConnection() {
        noClasses().should().dependOnClassesThat(
                        JavaClass.Predicates.resideInAnyPackage("java.net.http..", "javax.net..")
                                .or(JavaClass.Predicates.assignableTo(java.net.Socket.class))
                                .or(JavaClass.Predicates.assignableTo(java.net.ServerSocket.class))
                                .or(JavaClass.Predicates.assignableTo(java.net.DatagramSocket.class))
                                .or(JavaClass.Predicates.assignableTo(java.net.URLConnection.class))
                                .or(JavaClass.Predicates.assignableTo(java.net.InetAddress.class))
                                .or(JavaClass.Predicates.assignableTo(java.nio.channels.NetworkChannel.class))
                                // by name as well: a JDK class's supertypes are not always resolved on import
                                .or(JavaClass.Predicates.simpleNameEndingWith("SocketChannel")
                                        .or(JavaClass.Predicates.simpleNameEndingWith("DatagramChannel"))
                                        .or(JavaClass.Predicates.simpleNameEndingWith("Socket"))
                                        .and(JavaClass.Predicates.resideInAnyPackage("java.net..", "java.nio.channels.."))))
                .because("the kiosk works fully offline")
                .check(kiosk);
        noClasses().should().callMethod(java.net.URL.class, "openConnection")
                .orShould().callMethod(java.net.URL.class, "openStream")
                .because("the kiosk works fully offline")
                .check(kiosk);
    }

    @Test
    void pureLogicImportsNoJavaFx() {
        noClasses().that().resideInAnyPackage("org.backcare.kiosk.content..", "org.backcare.kiosk.picker..",
                        "org.backcare.kiosk.settings..", "org.backcare.kiosk.illustration..", "org.backcare.kiosk.files..",
                        "org.backcare.kiosk.handout..", "org.backcare.kiosk.voice..")
                .or().belongToAnyOf(IdleTimer.class, PinGuard.class, PinLockFile.class,
                        Options.class, ContentChecks.class, Watchdog.class, DisplayPower.class,
                        Logs.class)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("content, the picker engine, settings, idle timing, the PIN guard, pose maths, the handout and the speech engine are tested "
                        + "without a screen")
                .check(kiosk);
    }

    @Test
    void settingsKnowNothingOfTheContent() {
        noClasses().that().resideInAPackage("org.backcare.kiosk.settings..")
                .should().dependOnClassesThat().resideInAnyPackage("org.backcare.kiosk.content..",
                        "org.backcare.kiosk.picker..", "org.backcare.kiosk.illustration..")
                .because("the settings file is read before, and apart from, the content")
                .check(kiosk);
    }

    @Test
    void viewsDoNotParseJson() {
        noClasses().that().resideInAnyPackage("org.backcare.kiosk.screen..", "org.backcare.kiosk.widget..",
                        "org.backcare.kiosk.shell..", "org.backcare.kiosk.session..", "org.backcare.kiosk.ui..",
                        "org.backcare.kiosk.nav..")
                .and().doNotBelongToAnyOf(PinLockFile.class) // the staff PIN's lock-out kept in a small file
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..")
                .because("views get records from the content layer and never parse JSON")
                .check(kiosk);
    }

    /**
     * The layers, top to bottom: the launcher (Main), the application (App, options, the unattended
     * session's helpers), the screen export, the shell, the session, the screens, then what screens
     * share (ui, widgets, navigation) over the pure logic. Nothing reaches up; Main is reached by nothing.
     */
    @Test
    void layersOnlyReachDown() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Launcher").definedBy("org.backcare.kiosk")
                .layer("App").definedBy("org.backcare.kiosk.app..")
                .layer("Export").definedBy("org.backcare.kiosk.export..")
                .layer("Shell").definedBy("org.backcare.kiosk.shell..")
                .layer("Session").definedBy("org.backcare.kiosk.session..")
                .layer("Screens").definedBy("org.backcare.kiosk.screen..")
                .layer("Ui").definedBy("org.backcare.kiosk.ui..")
                .layer("Widgets").definedBy("org.backcare.kiosk.widget..")
                .layer("Nav").definedBy("org.backcare.kiosk.nav..")
                .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("App").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Export").mayOnlyBeAccessedByLayers("Launcher", "App")
                .whereLayer("Shell").mayOnlyBeAccessedByLayers("App", "Export")
                .whereLayer("Session").mayOnlyBeAccessedByLayers("App", "Export", "Shell")
                .whereLayer("Screens").mayOnlyBeAccessedByLayers("App", "Export", "Shell", "Session")
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("App", "Export", "Shell", "Session", "Screens")
                .whereLayer("Widgets").mayOnlyBeAccessedByLayers("Shell", "Session", "Screens", "Ui")
                .whereLayer("Nav").mayOnlyBeAccessedByLayers("App", "Export", "Shell", "Session", "Screens")
                .check(kiosk);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.backcare.kiosk.(*)..").should().beFreeOfCycles().check(kiosk);
    }
}
