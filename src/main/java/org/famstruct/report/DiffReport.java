package org.famstruct.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.famstruct.detect.CodedChanges;
import org.famstruct.detect.Evidence;
import org.famstruct.detect.Finding;
import org.famstruct.detect.StructureDiff;
import org.famstruct.model.Relationship;

/** {@code famstruct diff} as text for a person or JSON for a script. */
public final class DiffReport {
    public static final List<String> FORMATS = List.of("text", "json");

    private DiffReport() {}

    public static void write(String format, StructureDiff diff, CodedChanges coded, String before, String after,
            OutputStream out) throws IOException {
        if (format.equals("json")) {
            json(diff, coded, before, after, out);
        } else {
            text(diff, coded, before, after, out);
        }
    }

    /** The coded entry as the evidence lines show it: "coalition a, b against c (covert)". */
    private static String coded(Evidence e) {
        return Describe.evidence(e).replaceFirst("^line \\d+: ", "");
    }

    /** The added, removed and changed lines of one kind of coded entry. */
    private static <T> List<String> codedLines(List<T> added, List<T> removed, List<CodedChanges.Change<T>> changed,
            Function<T, Evidence> evidence) {
        List<String> lines = new ArrayList<>();
        removed.forEach(c -> lines.add("removed  " + coded(evidence.apply(c)) + " (before, line "
                + evidence.apply(c).pos().line() + ")"));
        added.forEach(c -> lines.add("added    " + coded(evidence.apply(c)) + " (after, line "
                + evidence.apply(c).pos().line() + ")"));
        changed.forEach(c -> lines.add("changed  " + coded(evidence.apply(c.before())) + " -> "
                + coded(evidence.apply(c.after()))));
        return lines;
    }

    private static String tie(Relationship r) {
        return Describe.evidence(Evidence.of(r)).replaceFirst("^line \\d+: ", "");
    }

    private static String finding(Finding f) {
        return f.pattern().id() + " (" + Describe.roles(f) + "; strength " + f.strength() + "): " + f.summary();
    }

    private static void text(StructureDiff diff, CodedChanges coded, String before, String after, OutputStream out) {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.println("famstruct diff: " + SafeText.visible(before) + " -> " + SafeText.visible(after));
        if (diff.isEmpty() && coded.isEmpty()) {
            w.println("No structural change.");
            w.flush();
            return;
        }
        List<String> findings = new ArrayList<>();
        diff.findingsGone().forEach(f -> findings.add("gone     " + finding(f)));
        diff.findingsNew().forEach(f -> findings.add("new      " + finding(f)));
        diff.findingsChanged().forEach(c -> findings.add("changed  " + c.after().pattern().id() + " ("
                + Describe.roles(c.after()) + "): strength " + c.before().strength() + " -> " + c.after().strength()
                + attributeChange(c.before(), c.after())));
        section(w, "Findings", findings);
        List<String> ties = new ArrayList<>();
        diff.relationshipsRemoved().forEach(r -> ties.add("removed  " + tie(r) + " (before, line " + r.pos().line() + ")"));
        diff.relationshipsAdded().forEach(r -> ties.add("added    " + tie(r) + " (after, line " + r.pos().line() + ")"));
        diff.relationshipsChanged().forEach(c -> ties.add("changed  " + tie(c.after()) + ": " + tieChange(c)));
        section(w, "Relationships", ties);
        section(w, "Coalitions (coded)", codedLines(coded.coalitionsAdded(), coded.coalitionsRemoved(),
                coded.coalitionsChanged(), Evidence::of));
        section(w, "Boundaries (coded)", codedLines(coded.boundariesAdded(), coded.boundariesRemoved(),
                coded.boundariesChanged(), Evidence::of));
        List<String> members = new ArrayList<>();
        diff.membersRemoved().forEach(id -> members.add("removed  " + id));
        diff.membersAdded().forEach(id -> members.add("added    " + id));
        section(w, "Members", members);
        List<String> measures = new ArrayList<>();
        diff.measuresChanged().forEach((name, pair) -> measures.add(name.replace('_', ' ') + ": "
                + show(pair.get(0)) + " -> " + show(pair.get(1))));
        section(w, "Measures", measures);
        w.flush();
    }

    private static String attributeChange(Finding before, Finding after) {
        return before.attributes().equals(after.attributes()) ? ""
                : "; attributes " + Describe.attributes(before) + " -> " + Describe.attributes(after);
    }

    private static String tieChange(StructureDiff.RelationshipChange c) {
        List<String> parts = new ArrayList<>();
        if (c.before().intensity() != c.after().intensity()) {
            parts.add("intensity " + c.before().intensity() + " -> " + c.after().intensity());
        }
        if (c.before().overt() != c.after().overt()) {
            parts.add(c.after().overt() ? "now overt" : "now covert");
        }
        if (c.before().chronic() != c.after().chronic()) {
            parts.add(c.after().chronic() ? "now chronic" : "now episodic");
        }
        return String.join("; ", parts);
    }

    private static String show(Object value) {
        return value == null ? "-" : Numbers.text((Number) value);
    }

    private static void section(PrintWriter w, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        w.println(title);
        lines.forEach(line -> w.println("  " + SafeText.visible(line)));
    }

    private static void json(StructureDiff diff, CodedChanges coded, String before, String after, OutputStream out)
            throws IOException {
        JsonGenerator json = JsonDocument.open(out);
        json.writeStringField("before", before);
        json.writeStringField("after", after);
        json.writeObjectFieldStart("findings");
        findings(json, "gone", diff.findingsGone());
        findings(json, "new", diff.findingsNew());
        json.writeArrayFieldStart("changed");
        for (StructureDiff.FindingChange c : diff.findingsChanged()) {
            json.writeStartObject();
            json.writeFieldName("before");
            FamilyJson.writeFinding(json, c.before());
            json.writeFieldName("after");
            FamilyJson.writeFinding(json, c.after());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeObjectFieldStart("relationships");
        relationships(json, "removed", diff.relationshipsRemoved());
        relationships(json, "added", diff.relationshipsAdded());
        json.writeArrayFieldStart("changed");
        for (StructureDiff.RelationshipChange c : diff.relationshipsChanged()) {
            json.writeStartObject();
            json.writeFieldName("before");
            FamilyJson.writeEvidence(json, Evidence.of(c.before()));
            json.writeFieldName("after");
            FamilyJson.writeEvidence(json, Evidence.of(c.after()));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        codedJson(json, "coalitions", coded.coalitionsRemoved(), coded.coalitionsAdded(), coded.coalitionsChanged(),
                Evidence::of);
        codedJson(json, "boundaries", coded.boundariesRemoved(), coded.boundariesAdded(), coded.boundariesChanged(),
                Evidence::of);
        json.writeObjectFieldStart("members");
        FamilyJson.writeStrings(json, "removed", diff.membersRemoved());
        FamilyJson.writeStrings(json, "added", diff.membersAdded());
        json.writeEndObject();
        json.writeObjectFieldStart("measures");
        for (Map.Entry<String, List<Object>> m : diff.measuresChanged().entrySet()) {
            json.writeObjectFieldStart(m.getKey());
            json.writeFieldName("before");
            FamilyJson.writeValue(json, m.getValue().get(0));
            json.writeFieldName("after");
            FamilyJson.writeValue(json, m.getValue().get(1));
            json.writeEndObject();
        }
        json.writeEndObject();
        JsonDocument.close(json);
    }

    /** {"removed": [...], "added": [...], "changed": [{"before": ..., "after": ...}]}, as for relationships. */
    private static <T> void codedJson(JsonGenerator json, String name, List<T> removed, List<T> added,
            List<CodedChanges.Change<T>> changed, Function<T, Evidence> evidence) throws IOException {
        json.writeObjectFieldStart(name);
        for (var list : List.of(Map.entry("removed", removed), Map.entry("added", added))) {
            json.writeArrayFieldStart(list.getKey());
            for (T entry : list.getValue()) {
                FamilyJson.writeEvidence(json, evidence.apply(entry));
            }
            json.writeEndArray();
        }
        json.writeArrayFieldStart("changed");
        for (CodedChanges.Change<T> c : changed) {
            json.writeStartObject();
            json.writeFieldName("before");
            FamilyJson.writeEvidence(json, evidence.apply(c.before()));
            json.writeFieldName("after");
            FamilyJson.writeEvidence(json, evidence.apply(c.after()));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void findings(JsonGenerator json, String name, List<Finding> findings) throws IOException {
        json.writeArrayFieldStart(name);
        for (Finding f : findings) {
            FamilyJson.writeFinding(json, f);
        }
        json.writeEndArray();
    }

    private static void relationships(JsonGenerator json, String name, List<Relationship> ties) throws IOException {
        json.writeArrayFieldStart(name);
        for (Relationship r : ties) {
            FamilyJson.writeEvidence(json, Evidence.of(r));
        }
        json.writeEndArray();
    }
}
