package org.famstruct.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.famstruct.detect.Analysis;
import org.famstruct.detect.Evidence;
import org.famstruct.detect.Finding;
import org.famstruct.detect.Measures;
import org.famstruct.detect.Rules;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.model.Diagnostic;
import org.famstruct.model.Pattern;
import org.famstruct.model.SourcePos;
import org.famstruct.testing.Cases;
import org.junit.jupiter.api.Test;

/** Each format renders a hand-made analysis exactly, escaping what it must. */
class ReportFormatsTest {
    private static final String CASE = "family: 'Wagner, \"the\" | family'\nmembers:\n  mark: {name: Mark}\n"
            + "  emily: {name: Emily}\n  tommy: {name: Tommy, ip: true}\n"
            + "unions:\n  - {partners: [mark, emily], children: [tommy]}\n"
            + "relationships:\n  - {between: [mark, emily], type: conflict}\n  - {between: [emily, tommy], type: close}\n";

    private static FamilyResult result() {
        FamilyGraph graph = Cases.graph(CASE);
        Map<String, List<String>> roles = new LinkedHashMap<>();
        roles.put("members", List.of("emily", "tommy"));
        roles.put("against", List.of("mark"));
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("perverse", true);
        attributes.put("initiator", "tommy");
        Finding finding = new Finding(Pattern.CROSS_GENERATIONAL_COALITION, roles, attributes, 2,
                List.of(Evidence.of(graph.family().relationships().get(0)), Evidence.of(graph.family().relationships().get(1))),
                "Emily and Tommy (two generations) are joined against Mark.", List.of());
        Map<String, Integer> counts = new LinkedHashMap<>();
        Pattern.IDS.forEach(p -> counts.put(p, p.equals(Pattern.CROSS_GENERATIONAL_COALITION.id()) ? 1 : 0));
        Measures measures = new Measures(3, 2, 2, null, 2.0 / 3.0 * -1, -2, 0, 0, counts);
        return new FamilyResult("w.yaml", new Analysis(graph, List.of(finding), List.of(), measures), List.of());
    }

    private static FamilyResult invalid() {
        return new FamilyResult("bad.yaml", null, List.of(Diagnostic.error(new SourcePos("bad.yaml", 3, 7), "broken")));
    }

    private static String render(String format, boolean color, boolean perFinding, FamilyResult... results)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWriter writer = ReportFormats.create(format, out,
                new ReportSettings(Rules.DEFAULTS, List.of(Pattern.values()), color, perFinding));
        writer.begin();
        for (FamilyResult r : results) {
            writer.family(r);
        }
        writer.end();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonFollowsTheDocumentedShape() throws IOException {
        JsonNode root = new ObjectMapper().readTree(render("json", false, false, result(), invalid()));
        assertEquals("famstruct", root.get("tool").asText());
        assertEquals(1, root.get("format").asInt());
        assertEquals(18, root.get("rules").get("minor_age_below").asInt());
        JsonNode family = root.get("families").get(0);
        assertEquals("Wagner, \"the\" | family", family.get("family").asText());
        assertEquals(1, family.get("members").get(2).get("generation").asInt());
        assertTrue(family.get("members").get(2).get("identified_patient").asBoolean());
        JsonNode finding = family.get("findings").get(0);
        assertEquals("cross-generational-coalition", finding.get("pattern").asText());
        assertEquals("[\"emily\",\"tommy\"]", finding.get("members").toString());
        assertEquals("[\"mark\"]", finding.get("against").toString());
        assertEquals(2, finding.get("strength").asInt());
        assertTrue(finding.get("attributes").get("perverse").asBoolean());
        JsonNode evidence = finding.get("evidence").get(0);
        assertEquals("relationship", evidence.get("kind").asText());
        assertEquals("conflict", evidence.get("type").asText());
        assertEquals("[\"mark\",\"emily\"]", evidence.get("between").toString());
        assertEquals(9, evidence.get("line").asInt());
        assertEquals(5, evidence.get("column").asInt());
        assertEquals(-0.6667, family.get("measures").get("cohesion").asDouble());
        assertTrue(family.get("measures").get("balance").isNull());
        assertEquals(1, family.get("measures").get("counts").get("cross-generational-coalition").asInt());
        assertEquals(0, family.get("errors").size());
        JsonNode bad = root.get("families").get(1);
        assertFalse(bad.has("findings"));
        assertEquals("broken", bad.get("errors").get(0).get("message").asText());
        assertEquals(3, bad.get("errors").get(0).get("line").asInt());
    }

    @Test
    void jsonLinesIsOneObjectPerLine() throws IOException {
        String text = render("jsonl", false, false, result(), invalid());
        List<String> lines = text.lines().toList();
        assertEquals(2, lines.size());
        for (String line : lines) {
            assertTrue(new ObjectMapper().readTree(line).has("file"), line);
        }
        // Compact: members by id with their generation, evidence by its position in the case
        // file, no summary; the rest as in json.
        JsonNode family = new ObjectMapper().readTree(lines.get(0));
        assertEquals("{\"id\":\"tommy\",\"generation\":1,\"identified_patient\":true}", family.get("members").get(2).toString());
        assertEquals(-0.6667, family.get("measures").get("cohesion").asDouble());
        JsonNode finding = family.get("findings").get(0);
        assertEquals("[[9,5],[10,5]]", finding.get("evidence").toString());
        assertFalse(finding.has("summary"));
        assertEquals("[\"mark\"]", finding.get("against").toString());
        assertTrue(finding.get("attributes").get("perverse").asBoolean());
        assertFalse(text.contains("\": ") || text.contains(", \""), "no spaces between tokens: " + text);
    }

    @Test
    void csvHasAStableHeaderAndQuotesWhatItMust() throws IOException {
        String text = render("csv", false, false, result(), invalid());
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertEquals(3, rows.size());
        assertEquals(List.of("file", "family", "status", "members", "generations", "relationships", "balance", "cohesion",
                "parental_bond", "enmeshed_dyads", "disengaged_dyads"), rows.get(0).toList().subList(0, 11));
        assertEquals(Pattern.IDS, rows.get(0).toList().subList(11, 22));
        assertEquals("notes", rows.get(0).get(22), "the held-back notes are counted last");
        assertEquals("0", rows.get(1).get(22));
        assertEquals("Wagner, \"the\" | family", rows.get(1).get(1));
        assertEquals("-0.6667", rows.get(1).get(7));
        assertEquals("", rows.get(1).get(6));
        assertEquals("1", rows.get(1).get(12));
        assertEquals("invalid", rows.get(2).get(2));
        assertTrue(text.contains("\"Wagner, \"\"the\"\" | family\""), "RFC 4180 doubles inner quotes");
    }

    @Test
    void csvPerFindingIsLongFormat() throws IOException {
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(render("csv", false, true, result(), invalid())))
                .getRecords();
        assertEquals(2, rows.size(), "a header and one finding; the invalid file has no finding rows");
        assertEquals("kind", rows.get(0).get(3));
        assertEquals("problem", rows.get(1).get(3));
        assertEquals("members", rows.get(0).get(4));
        assertEquals("emily tommy", rows.get(1).get(4));
        assertEquals("mark", rows.get(1).get(5));
        assertEquals("perverse, initiator=tommy", rows.get(1).get(10));
        assertEquals("9 10", rows.get(1).get(12));
    }

    @Test
    void tsvUsesTabs() throws IOException {
        String header = render("tsv", false, false, result()).lines().findFirst().orElseThrow();
        assertTrue(header.startsWith("file\tfamily\tstatus\t"), header);
    }

    @Test
    void textReportReadsLikeAReport() throws IOException {
        String text = render("text", false, false, result(), invalid());
        assertTrue(text.contains("Members by generation:\n  0: Mark, Emily\n  1: Tommy [IP]\n"), text);
        assertTrue(text.contains("  cross-generational-coalition (1)\n    - Emily and Tommy (two generations) are joined"
                + " against Mark.\n      members: emily, tommy; against: mark; strength 2; perverse, initiator=tommy\n"
                + "      line 9: conflict mark - emily\n      line 10: close emily - tommy\n"), text);
        assertTrue(text.contains("cohesion -0.6667; parental bond -2;"), text);
        assertTrue(text.contains("bad.yaml: not analyzed, 1 error (listed on stderr)"), text);
        assertFalse(text.contains("\u001b["), "no colour unless asked");
        assertTrue(render("text", true, false, result()).contains("\u001b[36mcross-generational-coalition\u001b[0m"));
    }

    @Test
    void markdownEscapesTableCells() throws IOException {
        String text = render("markdown", false, false, result(), invalid());
        assertTrue(text.startsWith("## Wagner, \"the\" \\| family\n"), text);
        assertTrue(text.contains("| cross-generational-coalition | Emily and Tommy (two generations) are joined against Mark."
                + " | members: emily, tommy; against: mark | 2 | perverse, initiator=tommy | 9, 10 |"), text);
        assertTrue(text.contains("- line 3, column 7: broken"), text);
    }
}
