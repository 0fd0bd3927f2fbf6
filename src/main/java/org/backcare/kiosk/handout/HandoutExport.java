package org.backcare.kiosk.handout;

import org.backcare.kiosk.content.Content;
import org.backcare.kiosk.content.Exercise;
import org.backcare.kiosk.content.PickerResult;
import org.backcare.kiosk.picker.Answers;
import org.backcare.kiosk.picker.PickerEngine;
import org.backcare.kiosk.picker.Step;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the handout of every picker result and of every exercise, in every language, to
 * {@code DIR/<language>/<result-or-exercise id>.pdf}: for review by a clinician and for
 * checking the printed layout without the kiosk. A result's handout is the one a person gets
 * on one way of answering that reaches it, so it holds the exercises offered on that way.
 */
public final class HandoutExport {

    private HandoutExport() {
    }

    /**
     * @param content every language's content, with {@code {emergencyNumber}} filled or not
     * @return the files written, in order
     */
    public static List<Path> export(Map<String, Content> content, Path folder, String clinicName,
                                    String clinicPhone, String emergencyNumber, LocalDate date) throws IOException {
        List<Path> written = new ArrayList<>();
        for (String lang : content.keySet().stream().sorted().toList()) {
            Content c = content.get(lang);
            Handouts handouts = new Handouts(c, clinicName, clinicPhone, emergencyNumber, null);
            Path dir = Files.createDirectories(folder.resolve(lang));
            PickerEngine engine = new PickerEngine(c.picker(), c.exercises());
            for (PickerResult result : c.picker().results()) {
                Optional<Answers> answers = engine.exampleAnswersFor(result.id());
                if (answers.isEmpty() || !(engine.next(answers.get()) instanceof Step.Finish finish)) {
                    continue; // a result no way reaches: the content check reports it
                }
                written.add(write(dir.resolve(result.id() + ".pdf"), handouts.forResult(finish, date)));
            }
            for (Exercise exercise : c.exercises().exercises()) {
                written.add(write(dir.resolve(exercise.id() + ".pdf"), handouts.forExercise(exercise.id(), date)));
            }
        }
        return written;
    }

    private static Path write(Path file, Handout handout) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            HandoutPdf.write(handout, out);
        }
        return file;
    }
}
