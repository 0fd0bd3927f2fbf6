package org.backcare.kiosk.picker;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.backcare.kiosk.content.Answer;
import org.backcare.kiosk.content.Content;
import org.backcare.kiosk.content.Exercise;
import org.backcare.kiosk.content.PickerTopic;
import org.backcare.kiosk.content.Question;
import org.backcare.kiosk.content.Urgency;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every way through the picker, for a clinician to review: as JSON lines (one way per line, ids)
 * or as a spreadsheet (CSV, one row per way, the questions and answers in words).
 */
public final class PickerPaths {

    /** One way through the picker: the answers, in the order asked, and where they lead. */
    public record Way(Answers answers, Step.Finish finish) {

        /** "emergency", "today", "soon", "routine", or "none" for a self-care result. */
        public String urgency() {
            Urgency u = finish.result().urgency();
            return u == Urgency.SELF_CARE ? "none" : u.name().toLowerCase(Locale.ROOT);
        }
    }

    private final Content content;
    private final List<Way> ways = new ArrayList<>();

    public PickerPaths(Content content) {
        this.content = content;
        new PickerEngine(content.picker(), content.exercises()).explore(Answers.NONE, (answers, step) -> {
            if (step instanceof Step.Finish finish) {
                ways.add(new Way(answers, finish));
            } else {
                throw new IllegalStateException("the picker has a dead end at " + answers
                        + "; check the content with --validate-content");
            }
        });
    }

    public List<Way> ways() {
        return List.copyOf(ways);
    }

    /**
     * {@code {"answers": {"<questionId>": ["<answerId>", …], …}, "result": "<resultId>",
     * "urgency": "emergency|today|soon|routine|none", "exercises": ["<exerciseId>", …]}} per line.
     */
    public void writeJsonLines(Writer out) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        for (Way way : ways) {
            ObjectNode line = JsonNodeFactory.instance.objectNode();
            ObjectNode answers = line.putObject("answers");
            way.answers().byQuestion().forEach((question, chosen) -> {
                var list = answers.putArray(question);
                inQuestionOrder(question, chosen).forEach(a -> list.add(a.id()));
            });
            line.put("result", way.finish().result().id());
            line.put("urgency", way.urgency());
            var exercises = line.putArray("exercises");
            way.finish().exercises().forEach(exercises::add);
            out.write(mapper.writeValueAsString(line));
            out.write('\n');
        }
    }

    /** A spreadsheet: a column per question (headed by its text), then the result, urgency and exercises. */
    public void writeCsv(Writer out) throws IOException {
        PickerTopic picker = content.picker();
        List<String> header = new ArrayList<>();
        header.add("Way");
        picker.questions().forEach(q -> header.add(q.text()));
        header.addAll(List.of("Result", "Result id", "Urgency", "Exercises offered", "Exercise ids"));
        row(out, header);
        int n = 1;
        for (Way way : ways) {
            List<String> cells = new ArrayList<>();
            cells.add(Integer.toString(n++));
            for (Question q : picker.questions()) {
                cells.add(!way.answers().answered(q.id()) ? ""
                        : inQuestionOrder(q.id(), way.answers().of(q.id())).stream().map(Answer::text)
                        .collect(Collectors.joining(" + ")));
            }
            cells.add(way.finish().result().title());
            cells.add(way.finish().result().id());
            cells.add(way.urgency());
            cells.add(way.finish().exercises().stream().map(id -> content.exercises().exercise(id)
                    .map(Exercise::name).orElse(id)).collect(Collectors.joining("; ")));
            cells.add(String.join(" ", way.finish().exercises()));
            row(out, cells);
        }
    }

    private List<Answer> inQuestionOrder(String questionId, Set<String> chosen) {
        return content.picker().question(questionId).map(q -> q.answers().stream()
                .filter(a -> chosen.contains(a.id())).toList()).orElse(List.of());
    }

    /** One CSV row (RFC 4180): fields quoted when they hold a comma, quote or line break; CRLF ends it. */
    private static void row(Writer out, List<String> cells) throws IOException {
        out.write(cells.stream().map(PickerPaths::field).collect(Collectors.joining(",")));
        out.write("\r\n");
    }

    private static String field(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }
}
