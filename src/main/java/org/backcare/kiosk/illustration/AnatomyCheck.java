package org.backcare.kiosk.illustration;

import org.backcare.kiosk.content.Content;
import org.backcare.kiosk.content.ContentCheck;
import org.backcare.kiosk.content.Drawing;
import org.backcare.kiosk.content.DrawingShape;
import org.backcare.kiosk.content.Layer;
import org.backcare.kiosk.content.Muscle;
import org.backcare.kiosk.content.Problem;
import org.backcare.kiosk.content.ShapeKind;
import org.backcare.kiosk.content.Topic;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks the layers of the anatomy view: a muscle lies in the surface, middle or deep layer, a
 * group's parts lie in the group's layer, and every shape of a muscle (its fibres and tendons too)
 * lies in that muscle's layer, so peeling a layer takes all of a muscle away at once.
 */
public final class AnatomyCheck implements ContentCheck {

    private static final Set<ShapeKind> OF_A_MUSCLE = EnumSet.of(ShapeKind.MUSCLE, ShapeKind.FIBRE, ShapeKind.TENDON);

    @Override
    public void check(Content content, List<Problem> problems) {
        String file = "clinical/" + Topic.MUSCLES.fileName();
        List<Muscle> muscles = content.muscles().muscles();
        Map<String, Muscle> byId = muscles.stream().collect(Collectors.toMap(Muscle::id, Function.identity(), (a, b) -> a));
        for (int i = 0; i < muscles.size(); i++) {
            Muscle muscle = muscles.get(i);
            String at = "$.muscles[" + i + "]";
            if (muscle.layer() == Layer.BONE) {
                problems.add(new Problem(file, at + ".layer", "a muscle lies in the \"surface\", \"middle\" or \"deep\" layer"));
            }
            Muscle group = muscle.partOf() == null ? null : byId.get(muscle.partOf());
            if (group == null) {
                continue; // no group, or one the loader already reports as unknown
            }
            if (group == muscle) {
                problems.add(new Problem(file, at + ".partOf", "a muscle cannot be part of itself"));
            } else if (group.partOf() != null) {
                problems.add(new Problem(file, at + ".partOf", "\"" + group.id() + "\" is itself part of \""
                        + group.partOf() + "\"; a group holds muscles, not other groups"));
            } else if (group.layer() != muscle.layer()) {
                problems.add(new Problem(file, at + ".layer", "lies in the " + name(muscle.layer()) + " layer, but its group \""
                        + group.id() + "\" in the " + name(group.layer()) + " layer; a group's parts lie in its layer"));
            }
        }
        checkShapes(content, byId, problems);
    }

    private static void checkShapes(Content content, Map<String, Muscle> muscles, List<Problem> problems) {
        String path = content.muscles().diagram();
        String file = "media/" + path;
        Drawing diagram = content.drawing(path);
        for (int i = 0; i < diagram.shapes().size(); i++) {
            DrawingShape shape = diagram.shapes().get(i);
            String at = "$.shapes[" + i + "]";
            boolean ofAMuscle = OF_A_MUSCLE.contains(shape.kind());
            if ((ofAMuscle || shape.kind() == ShapeKind.OTHER_MUSCLE) && shape.layer() == null) {
                problems.add(new Problem(file, at + ".layer", "a " + kind(shape) + " needs a layer: \"surface\", \"middle\" or \"deep\""));
                continue;
            }
            if (!ofAMuscle) {
                continue;
            }
            Muscle muscle = shape.region() == null ? null : muscles.get(shape.region());
            if (muscle == null) {
                if (shape.kind() != ShapeKind.MUSCLE) { // IllustrationCheck reports a muscle shape's region
                    problems.add(new Problem(file, at + ".region", "no muscle has the id \"" + shape.region()
                            + "\"; the ids are: " + String.join(", ", muscles.keySet().stream().sorted().toList())));
                }
            } else if (shape.layer() != muscle.layer()) {
                problems.add(new Problem(file, at + ".layer", "the " + name(muscle.layer()) + " layer holds the muscle \""
                        + muscle.id() + "\", so its " + kind(shape) + " lies there too, not in the " + name(shape.layer()) + " layer"));
            }
        }
    }

    private static String name(Layer layer) {
        return layer.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String kind(DrawingShape shape) {
        return shape.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** Everything this checks (muscles' layers and groups) is clinical, the same in every language. */
    @Override
    public void checkTexts(Content content, List<Problem> problems) {
        // checked once, with the first language
    }
}
