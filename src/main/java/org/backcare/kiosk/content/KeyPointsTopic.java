package org.backcare.kiosk.content;

import java.util.List;

/** key-points.json: "Key points". */
public record KeyPointsTopic(TopicInfo topic, List<KeyPoint> points, String closing) {
    public KeyPointsTopic {
        points = List.copyOf(points);
    }
}
