package org.backcare.kiosk.content;

import java.util.List;

/** causes.json: "Why does it hurt?". */
public record CausesTopic(TopicInfo topic, @MediaPath(json = Drawing.class) String bodyMap, List<Cause> causes) {
    public CausesTopic {
        causes = List.copyOf(causes);
    }
}
