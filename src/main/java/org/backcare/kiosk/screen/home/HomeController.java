package org.backcare.kiosk.screen.home;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import org.backcare.kiosk.content.Topic;
import org.backcare.kiosk.nav.Route;
import org.backcare.kiosk.screen.ScreenContext;

/** Home: one large tile per topic. Tile labels come from the content, so a clinic can reword them. */
public final class HomeController {

    private final ScreenContext context;

    @FXML
    private Button musclesTile;
    @FXML
    private Button causesTile;
    @FXML
    private Button symptomsTile;
    @FXML
    private Button selfCareTile;
    @FXML
    private Button exercisesTile;
    @FXML
    private Button doctorTile;
    @FXML
    private Button keyPointsTile;
    @FXML
    private Button sourcesTile;
    @FXML
    private Button pickerTile;

    public HomeController(ScreenContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        label(musclesTile, Topic.MUSCLES);
        label(causesTile, Topic.CAUSES);
        label(symptomsTile, Topic.SYMPTOMS);
        label(selfCareTile, Topic.SELF_CARE);
        label(exercisesTile, Topic.EXERCISES);
        label(doctorTile, Topic.DOCTOR);
        label(keyPointsTile, Topic.KEY_POINTS);
        label(sourcesTile, Topic.SOURCES);
        label(pickerTile, Topic.PICKER);
    }

    private void label(Button tile, Topic topic) {
        tile.setText(context.content().info(topic).tile());
        tile.setAccessibleText(context.content().info(topic).title());
    }

    private void open(Topic topic) {
        context.navigator().go(Route.of(topic));
    }

    @FXML
    private void openMuscles() {
        open(Topic.MUSCLES);
    }

    @FXML
    private void openCauses() {
        open(Topic.CAUSES);
    }

    @FXML
    private void openSymptoms() {
        open(Topic.SYMPTOMS);
    }

    @FXML
    private void openSelfCare() {
        open(Topic.SELF_CARE);
    }

    @FXML
    private void openExercises() {
        open(Topic.EXERCISES);
    }

    @FXML
    private void openDoctor() {
        open(Topic.DOCTOR);
    }

    @FXML
    private void openKeyPoints() {
        open(Topic.KEY_POINTS);
    }

    @FXML
    private void openPicker() {
        open(Topic.PICKER);
    }

    @FXML
    private void openSources() {
        open(Topic.SOURCES);
    }
}
