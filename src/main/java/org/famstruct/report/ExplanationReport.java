package org.famstruct.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.famstruct.detect.Explanation;
import org.famstruct.detect.Trace;

/**
 * {@code famstruct explain}'s output: the rule's conditions one per line, held (✔) or not (✘),
 * with the lines of the case file they rest on, then the first that failed, the notes, and the
 * finding analyze reports when the pattern holds. Or the same as one JSON object.
 */
public final class ExplanationReport {
    public enum Format { TEXT, JSON }

    private ExplanationReport() {}

    public static void write(Format format, String file, Explanation explanation, OutputStream out)
            throws IOException {
        if (format == Format.JSON) {
            json(file, explanation, out);
        } else {
            text(explanation, out);
        }
    }

    private static void text(Explanation e, OutputStream out) {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.println(SafeText.visible(e.subject()) + ": " + (e.holds() ? "holds" : "does not hold"));
        for (Trace.Step step : e.steps()) {
            w.println("  " + (step.held() ? "✔ " : "✘ ") + SafeText.visible(step.condition()) + lines(step.lines()));
        }
        Trace.Step failed = e.firstFailed();
        if (failed != null) {
            w.println("first condition not held: " + SafeText.visible(failed.condition()));
        }
        for (String note : e.notes()) {
            w.println("note: " + SafeText.visible(note));
        }
        if (e.finding() != null) {
            w.println("analyze reports: " + SafeText.visible(e.finding().summary()));
        }
        w.flush();
    }

    /** " (line 12)", " (lines 12, 14)", or nothing. */
    static String lines(List<Integer> lines) {
        if (lines.isEmpty()) {
            return "";
        }
        return (lines.size() == 1 ? " (line " : " (lines ")
                + lines.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
    }

    private static void json(String file, Explanation e, OutputStream out) throws IOException {
        JsonGenerator json = JsonDocument.open(out);
        json.writeStringField("file", file);
        json.writeStringField("pattern", e.pattern().id());
        json.writeStringField("subject", e.subject());
        json.writeBooleanField("holds", e.holds());
        json.writeArrayFieldStart("steps");
        for (Trace.Step step : e.steps()) {
            json.writeStartObject();
            json.writeStringField("condition", step.condition());
            json.writeBooleanField("held", step.held());
            json.writeArrayFieldStart("lines");
            for (int line : step.lines()) {
                json.writeNumber(line);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        Trace.Step failed = e.firstFailed();
        if (failed != null) {
            json.writeStringField("first_failed", failed.condition());
        }
        FamilyJson.writeStrings(json, "notes", e.notes());
        if (e.finding() != null) {
            json.writeFieldName("finding");
            FamilyJson.writeFinding(json, e.finding());
        }
        JsonDocument.close(json);
    }
}
