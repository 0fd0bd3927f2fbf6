package org.backcare.kiosk.illustration;

import org.backcare.kiosk.content.Cause;
import org.backcare.kiosk.content.Content;
import org.backcare.kiosk.content.ContentCheck;
import org.backcare.kiosk.content.Drawing;
import org.backcare.kiosk.content.DrawingShape;
import org.backcare.kiosk.content.Exercise;
import org.backcare.kiosk.content.Muscle;
import org.backcare.kiosk.content.PainSource;
import org.backcare.kiosk.content.Pose;
import org.backcare.kiosk.content.Problem;
import org.backcare.kiosk.content.ShapeKind;
import org.backcare.kiosk.content.Topic;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks that pictures and content fit together: every muscle has a region in the anatomy
 * drawing and every muscle region is a muscle; every pain source and the areas it names are
 * regions of the body map; every exercise has a start and an end pose, and its figure, in every
 * pose and every frame between ({@link PoseCheck}), keeps out of the floor and the props, keeps its
 * declared contacts and bends no joint past its limit.
 */
public final class IllustrationCheck implements ContentCheck {

    @Override
    public void check(Content content, List<Problem> problems) {
        String lang = content.language().id() + "/";
        checkAnatomy(content, lang + Topic.MUSCLES.fileName(), problems);
        checkBodyMap(content, lang + Topic.CAUSES.fileName(), problems);
        checkPoses(content, lang + Topic.EXERCISES.fileName(), problems);
    }

    private static void checkAnatomy(Content content, String file, List<Problem> problems) {
        String path = content.muscles().diagram();
        Drawing diagram = content.drawing(path);
        List<Muscle> muscles = content.muscles().muscles();
        for (int i = 0; i < muscles.size(); i++) {
            if (diagram.region(muscles.get(i).id()).isEmpty()) {
                problems.add(new Problem(file, "$.muscles[" + i + "].id", "the drawing " + path
                        + " has no region \"" + muscles.get(i).id() + "\" to show this muscle"));
            }
        }
        Set<String> ids = muscles.stream().map(Muscle::id).collect(Collectors.toSet());
        regionsOfKind(diagram, ShapeKind.MUSCLE, ids, "muscle", "media/" + path, problems);
        for (int i = 0; i < diagram.shapes().size(); i++) {
            DrawingShape shape = diagram.shapes().get(i);
            if (shape.kind() == ShapeKind.MUSCLE && shape.layer() == null) {
                problems.add(new Problem("media/" + path, "$.shapes[" + i + "].layer",
                        "a muscle needs a layer: \"surface\", \"middle\" or \"deep\""));
            }
        }
    }

    private static void checkBodyMap(Content content, String file, List<Problem> problems) {
        String path = content.causes().bodyMap();
        Drawing map = content.drawing(path);
        Set<String> sourceIds = new HashSet<>();
        List<Cause> causes = content.causes().causes();
        for (int c = 0; c < causes.size(); c++) {
            List<PainSource> sources = causes.get(c).sources();
            for (int s = 0; s < sources.size(); s++) {
                PainSource source = sources.get(s);
                String at = "$.causes[" + c + "].sources[" + s + "]";
                sourceIds.add(source.id());
                if (map.region(source.id()).isEmpty()) {
                    problems.add(new Problem(file, at + ".id", "the body map " + path + " has no region \""
                            + source.id() + "\" to show this source"));
                }
                for (int a = 0; a < source.areas().size(); a++) {
                    String area = source.areas().get(a);
                    if (map.region(area).stream().noneMatch(shape -> shape.kind() == ShapeKind.AREA)) {
                        problems.add(new Problem(file, at + ".areas[" + a + "]", "the body map " + path
                                + " has no area \"" + area + "\""));
                    }
                }
            }
        }
        regionsOfKind(map, ShapeKind.SOURCE, sourceIds, "pain source", "media/" + path, problems);
    }

    private static void regionsOfKind(Drawing drawing, ShapeKind kind, Set<String> ids, String what, String file,
                                      List<Problem> problems) {
        for (int i = 0; i < drawing.shapes().size(); i++) {
            DrawingShape shape = drawing.shapes().get(i);
            if (shape.kind() == kind && (shape.region() == null || !ids.contains(shape.region()))) {
                problems.add(new Problem(file, "$.shapes[" + i + "].region", "no " + what + " has the id \""
                        + shape.region() + "\"; the ids are: " + String.join(", ", ids.stream().sorted().toList())));
            }
        }
    }

    private static void checkPoses(Content content, String file, List<Problem> problems) {
        List<Exercise> exercises = content.exercises().exercises();
        for (int e = 0; e < exercises.size(); e++) {
            Exercise exercise = exercises.get(e);
            List<Pose> poses = exercise.poses();
            String at = "$.exercises[" + e + "].poses";
            if (poses.size() < 2) {
                problems.add(new Problem(file, at, "needs at least two poses, a start and an end"));
            }
            Set<String> names = new HashSet<>();
            for (int p = 0; p < poses.size(); p++) {
                if (!names.add(poses.get(p).name())) {
                    problems.add(new Problem(file, at + "[" + p + "].name", "the pose name \"" + poses.get(p).name()
                            + "\" is used twice in this exercise"));
                }
            }
            if (!problems.isEmpty() && poses.size() < 2) {
                continue;
            }
            for (PoseCheck.Finding finding : PoseCheck.check(exercise)) {
                problems.add(new Problem(file, finding.pose() >= 0 ? at + "[" + finding.pose() + "]" : at,
                        exercise.id() + ", " + finding.frame() + ": " + finding.message()));
            }
        }
    }

    /** Everything this checks (drawings, muscle and pain-source ids and poses) is clinical, the same in every language. */
    @Override
    public void checkTexts(Content content, List<Problem> problems) {
        // checked once, with the first language
    }
}
