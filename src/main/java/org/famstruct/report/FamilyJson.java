package org.famstruct.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.famstruct.detect.Evidence;
import org.famstruct.detect.Finding;
import org.famstruct.detect.HeldBack;
import org.famstruct.detect.Rules;
import org.famstruct.detect.RulesFile;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.model.Diagnostic;
import org.famstruct.model.Member;

/**
 * One family as the JSON object of CLI.md, written straight to a streaming generator (no tree
 * in between), shared by the json and jsonl formats. One method per JSON object.
 */
final class FamilyJson {
    private FamilyJson() {}

    /**
     * How much a family object says. {@code json} is for reading: members with their names, each
     * piece of evidence in full and a summary in words. {@code jsonl} is for corpora: members by id
     * with what was inferred (generation), the evidence as the {@code [line, column]} of the case
     * file's entry and no summary, since the rest repeats what the case file and the finding's
     * roles already hold (README, "JSON Lines").
     */
    enum Detail { FULL, COMPACT }

    static void write(JsonGenerator json, FamilyResult result) throws IOException {
        write(json, result, Detail.FULL);
    }

    static void write(JsonGenerator json, FamilyResult result, Detail detail) throws IOException {
        json.writeStartObject();
        json.writeStringField("file", result.file());
        if (result.ok()) {
            FamilyGraph graph = result.analysis().graph();
            json.writeStringField("family", graph.family().name());
            if (graph.family().source() != null) {
                json.writeStringField("source", graph.family().source());
            }
            writeMembers(json, graph, detail);
            json.writeArrayFieldStart("findings");
            for (Finding finding : result.analysis().findings()) {
                writeFinding(json, finding, detail);
            }
            json.writeEndArray();
            writeHeldBack(json, result.analysis().heldBack(), detail);
            writeMeasures(json, result);
        }
        json.writeArrayFieldStart("errors");
        for (Diagnostic error : result.errors()) {
            json.writeStartObject();
            json.writeNumberField("line", error.pos().line());
            json.writeNumberField("column", error.pos().column());
            json.writeStringField("message", error.message());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeMembers(JsonGenerator json, FamilyGraph graph, Detail detail) throws IOException {
        json.writeArrayFieldStart("members");
        for (Member member : graph.family().members().values()) {
            json.writeStartObject();
            json.writeStringField("id", member.id());
            if (detail == Detail.FULL) {
                json.writeStringField("name", member.name());
                json.writeStringField("gender", member.gender().id());
            }
            Integer generation = graph.generation(member.id());
            if (generation == null) {
                json.writeNullField("generation");
            } else {
                json.writeNumberField("generation", generation);
            }
            if (member.identifiedPatient()) {
                json.writeBooleanField("identified_patient", true);
            }
            if (member.deceased()) {
                json.writeBooleanField("deceased", true);
            }
            if (member.pet()) {
                json.writeBooleanField("pet", true);
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    static void writeFinding(JsonGenerator json, Finding finding) throws IOException {
        writeFinding(json, finding, Detail.FULL);
    }

    static void writeFinding(JsonGenerator json, Finding finding, Detail detail) throws IOException {
        json.writeStartObject();
        json.writeStringField("pattern", finding.pattern().id());
        json.writeStringField("kind", finding.kind().id());
        for (Map.Entry<String, List<String>> role : finding.roles().entrySet()) {
            writeStrings(json, role.getKey(), role.getValue());
        }
        json.writeNumberField("strength", finding.strength());
        json.writeObjectFieldStart("attributes");
        for (Map.Entry<String, Object> attribute : finding.attributes().entrySet()) {
            json.writeFieldName(attribute.getKey());
            writeValue(json, attribute.getValue());
        }
        json.writeEndObject();
        writeEvidenceList(json, finding.evidence(), detail);
        if (detail == Detail.FULL) {
            json.writeStringField("summary", finding.summary());
        }
        if (!finding.notes().isEmpty()) {
            writeStrings(json, "notes", finding.notes());
        }
        json.writeEndObject();
    }

    /** The findings held back because their member is an adult, each with its remedy. */
    private static void writeHeldBack(JsonGenerator json, List<HeldBack> notes, Detail detail) throws IOException {
        json.writeArrayFieldStart("notes");
        for (HeldBack note : notes) {
            json.writeStartObject();
            json.writeStringField("pattern", note.pattern().id());
            writeStrings(json, "members", List.of(note.member()));
            writeStrings(json, "toward", note.toward());
            json.writeStringField("note", note.text());
            writeEvidenceList(json, note.evidence(), detail);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** In full for {@code json}; as {@code [line, column]} positions for {@code jsonl}. */
    private static void writeEvidenceList(JsonGenerator json, List<Evidence> evidence, Detail detail)
            throws IOException {
        json.writeArrayFieldStart("evidence");
        for (Evidence e : evidence) {
            if (detail == Detail.FULL) {
                writeEvidence(json, e);
            } else {
                writeEvidencePosition(json, e);
            }
        }
        json.writeEndArray();
    }

    static void writeEvidence(JsonGenerator json, Evidence evidence) throws IOException {
        json.writeStartObject();
        json.writeStringField("kind", evidence.kind());
        json.writeStringField("type", evidence.type());
        switch (evidence.kind()) {
            case "coalition" -> {
                writeStrings(json, "members", evidence.members());
                writeStrings(json, "against", evidence.against());
            }
            case "boundary" -> writeStrings(json, "around", evidence.members());
            default -> {
                if (evidence.directed()) {
                    json.writeStringField("from", evidence.members().get(0));
                    json.writeStringField("to", evidence.members().get(1));
                } else {
                    writeStrings(json, "between", evidence.members());
                }
            }
        }
        if (!evidence.overt()) {
            json.writeBooleanField("overt", false);
        }
        json.writeNumberField("line", evidence.pos().line());
        json.writeNumberField("column", evidence.pos().column());
        json.writeEndObject();
    }

    /** {@code [line, column]}: where the case file states the evidence. */
    static void writeEvidencePosition(JsonGenerator json, Evidence evidence) throws IOException {
        json.writeStartArray();
        json.writeNumber(evidence.pos().line());
        json.writeNumber(evidence.pos().column());
        json.writeEndArray();
    }

    private static void writeMeasures(JsonGenerator json, FamilyResult result) throws IOException {
        json.writeObjectFieldStart("measures");
        for (Map.Entry<String, Number> measure : MeasureColumns.of(result.analysis().measures()).entrySet()) {
            writeField(json, measure.getKey(), measure.getValue());
        }
        json.writeObjectFieldStart("counts");
        for (Map.Entry<String, Integer> count : result.analysis().measures().counts().entrySet()) {
            json.writeNumberField(count.getKey(), count.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    static void writeRules(JsonGenerator json, Rules rules) throws IOException {
        json.writeObjectFieldStart("rules");
        for (Map.Entry<String, Object> rule : RulesFile.values(rules).entrySet()) {
            json.writeFieldName(rule.getKey());
            writeValue(json, rule.getValue());
        }
        json.writeEndObject();
    }

    static void writeStrings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** A named value as {@link #writeValue} writes it: null, a boolean, a whole number, a rounded ratio... */
    static void writeField(JsonGenerator json, String name, Object value) throws IOException {
        json.writeFieldName(name);
        writeValue(json, value);
    }

    static void writeValue(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof Integer i) {
            json.writeNumber(i);
        } else if (value instanceof Double d) {
            json.writeNumber(Numbers.round(d));
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                writeValue(json, item);
            }
            json.writeEndArray();
        } else {
            json.writeString(value.toString());
        }
    }
}
