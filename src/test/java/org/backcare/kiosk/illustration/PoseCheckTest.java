package org.backcare.kiosk.illustration;

import org.backcare.kiosk.content.BodyPart;
import org.backcare.kiosk.content.BundledContent;
import org.backcare.kiosk.content.Contact;
import org.backcare.kiosk.content.ContentLoader;
import org.backcare.kiosk.content.Exercise;
import org.backcare.kiosk.content.JointLimit;
import org.backcare.kiosk.content.Joints;
import org.backcare.kiosk.content.Pose;
import org.backcare.kiosk.content.Surface;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each way a figure can be wrong is refused, naming the frame and the part; every shipped exercise passes. */
class PoseCheckTest {

    private static Map<String, Exercise> shipped;

    @BeforeAll
    static void load() {
        shipped = new ContentLoader().load(new BundledContent()).content().get("en").exercises().exercises().stream()
                .collect(Collectors.toMap(Exercise::id, e -> e));
    }

    private static List<String> messages(Exercise e) {
        return PoseCheck.check(e).stream().map(f -> f.frame() + ": " + f.message()).toList();
    }

    private static Exercise with(Exercise e, List<Pose> poses, List<Contact> contacts, List<JointLimit> limits) {
        return new Exercise(e.id(), e.name(), e.direction(), e.purpose(), e.steps(), e.holdSeconds(), e.repetitions(),
                e.restSeconds(),
                e.howOften(), e.cautions(), e.sources(), e.prop(), poses, e.avoidIf(), contacts, limits, e.works());
    }

    private static Exercise withPose(Exercise e, int index, UnaryOperator<Pose> change) {
        List<Pose> poses = new ArrayList<>(e.poses());
        poses.set(index, change.apply(poses.get(index)));
        return with(e, poses, e.contacts(), e.limits());
    }

    private static Pose raised(Pose p, double by) {
        return new Pose(p.name(), p.hipX(), p.hipY() + by, p.angles());
    }

    private static Pose arms(Pose p, double upperArm, double forearm) {
        Joints j = p.angles();
        return new Pose(p.name(), p.hipX(), p.hipY(), new Joints(j.trunk(), j.head(), upperArm, forearm, j.thigh(),
                j.shin(), upperArm, forearm, j.farThigh(), j.farShin(), j.foot(), j.pelvis(), j.lowBack(), forearm,
                forearm, j.farFoot()));
    }

    private static Pose knees(Pose p, double shin) {
        Joints j = p.angles();
        return new Pose(p.name(), p.hipX(), p.hipY(), new Joints(j.trunk(), j.head(), j.upperArm(), j.forearm(), j.thigh(),
                shin, j.farUpperArm(), j.farForearm(), j.farThigh(), shin, j.foot(), j.pelvis(), j.lowBack(), j.hand(),
                j.farHand(), j.farFoot()));
    }

    @Test
    void everyShippedExercisePassesInEveryPoseAndEveryFrameBetween() {
        assertEquals(9, shipped.size());
        shipped.values().forEach(e -> assertEquals(List.of(), messages(e), e.id()));
        shipped.values().forEach(e -> assertTrue(PoseCheck.frames(e).size() >= 2 + PoseCheck.FRAMES_BETWEEN, e.id()));
    }

    @Test
    void aPartThroughTheFloorIsRefused() {
        // press-up, the start pose dropped 6 units: the trunk and legs sink into the mat
        List<String> found = messages(withPose(shipped.get("press-up"), 0, p -> raised(p, -6)));
        assertTrue(found.contains("the pose \"start\": the trunk is 6 units below the floor"), found::toString);
    }

    @Test
    void aPartThroughTheChairIsRefused() {
        List<String> found = messages(withPose(shipped.get("seated-forward-bend"), 0, p -> raised(p, -8)));
        assertTrue(found.contains("the pose \"start\": the trunk passes through the chair"), found::toString);
    }

    @Test
    void aPartThroughTheFloorOnlyBetweenTwoPosesIsRefusedAtThatFrame() {
        // lying face down, the arms swung from alongside the head to alongside the hips the short way: through the floor
        Exercise e = shipped.get("lying-face-down");
        Exercise swung = with(e, List.of(arms(e.poses().get(0), -4, -4), arms(e.poses().get(1), -176, -176)),
                List.of(), List.of());
        List<String> found = messages(swung);
        assertTrue(found.stream().noneMatch(m -> m.startsWith("the pose")), found::toString);
        assertTrue(found.stream().anyMatch(m -> m.matches("the frame \\d+% of the way from \"start\" to \"end\": "
                + "the near (forearm|hand) is \\d+ units below the floor")), found::toString);
    }

    @Test
    void aContactThatLiftsOffIsRefused() {
        // press-up with the hands lifted off the mat at the end
        Exercise e = shipped.get("press-up");
        List<String> found = messages(withPose(e, 1, p -> arms(p, -60, -20)));
        assertTrue(found.stream().anyMatch(m -> m.startsWith("the pose \"end\": the near hand (its ")
                && m.endsWith("units off the floor, where it should rest")), found::toString);
        // knee-to-chest with the head lifted off the floor
        List<String> head = messages(withPose(shipped.get("double-knee-to-chest"), 2, p -> raised(p, 5)));
        assertTrue(head.contains("the pose \"end\": the head lifts 5 units off the floor, where it should rest"), head::toString);
    }

    @Test
    void aHandNotUnderTheShouldersIsRefused() {
        Exercise e = shipped.get("press-up");
        Exercise ahead = with(e, e.poses(), List.of(new Contact(BodyPart.HANDS, Surface.FLOOR, BodyPart.HEAD)), e.limits());
        List<String> found = messages(ahead);
        assertTrue(found.stream().anyMatch(m -> m.startsWith("the pose \"start\": the near hand is ")
                && m.endsWith("units behind the head, not under them")), found::toString);
    }

    @Test
    void aJointPastWhatABodyAllowsIsRefused() {
        // standing, the knees bent backwards
        List<String> found = messages(withPose(shipped.get("standing-back-bend"), 0, p -> knees(p, -70)));
        assertTrue(found.contains("the pose \"start\": the near knee bends -20°, past what a body allows (-5° to 155°)"),
                found::toString);
    }

    @Test
    void aJointPastTheExercisesOwnLimitIsRefused() {
        Exercise e = shipped.get("press-up");
        Exercise gentle = with(e, e.poses(), e.contacts(), List.of(new JointLimit(JointLimit.Joint.LOW_BACK, -5, 20)));
        List<String> found = messages(gentle);
        assertTrue(found.stream().anyMatch(m -> m.startsWith("the pose \"end\": the low back bends ")
                && m.endsWith(", past this exercise's limit (-5° to 20°)")), found::toString);
        assertTrue(found.stream().anyMatch(m -> m.contains("of the way from \"start\" to \"end\": the low back bends")),
                "and at the first frame between the poses that passes it: " + found);
    }
}
