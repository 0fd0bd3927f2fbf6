package org.backcare.kiosk;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Guards the architecture: offline, pure logic without JavaFX, no package cycles. */
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
                                .or(JavaClass.Predicates.assignableTo(java.nio.channels.NetworkChannel.class)))
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
                        "org.backcare.kiosk.kiosk..", "org.backcare.kiosk.illustration..",
                        "org.backcare.kiosk.handout..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("content, the picker engine, settings, idle timing, pose maths and the handout are tested without a screen")
                .check(kiosk);
    }

    @Test
    void viewsDoNotParseJson() {
        noClasses().that().resideInAnyPackage("org.backcare.kiosk.screen..", "org.backcare.kiosk.widget..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..")
                .because("views get records from the content layer and never parse JSON")
                .check(kiosk);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.backcare.kiosk.(*)..").should().beFreeOfCycles().check(kiosk);
    }
}
