package org.backcare.kiosk.screen;

import org.backcare.kiosk.shell.Kiosk;

import javafx.stage.Stage;
import org.backcare.kiosk.UiTest;
import org.backcare.kiosk.content.HostileCorpus;
import org.backcare.kiosk.content.Library;
import org.backcare.kiosk.settings.Settings;
import org.backcare.kiosk.nav.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A kiosk started with --content on any folder of the hostile corpus opens Home on the bundled content. */
@UiTest
class HostileContentKioskTest {

    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void everyBrokenFolderStillOpensHome(FxRobot robot) {
        String bundledTitle = KioskUi.library().inDefaultLanguage().muscles().topic().tile();
        List<String> faults = new ArrayList<>();
        for (HostileCorpus.Case broken : HostileCorpus.cases()) {
            Library library = Library.open(broken.build(dir), org.backcare.kiosk.Main.contentLoader());
            robot.interact(() -> {
                Kiosk kiosk = new Kiosk(library, Settings.DEFAULTS, java.time.Clock.systemUTC(), () -> { });
                stage.setScene(kiosk.scene(1920, 1080));
                stage.show();
                kiosk.shell().setAnimate(false); // the lookup below runs on this test's thread (see KioskUi.show)
                if (!Route.HOME.equals(kiosk.navigator().current())) {
                    faults.add(broken.name() + ": opened " + kiosk.navigator().current());
                }
            });
            String tile = robot.lookup("#musclesTile").queryButton().getText();
            if (!bundledTitle.equals(tile)) {
                faults.add(broken.name() + ": Home shows \"" + tile + "\"");
            }
        }
        assertEquals(List.of(), faults);
    }
}
