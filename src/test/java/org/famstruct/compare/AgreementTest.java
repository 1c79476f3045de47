package org.famstruct.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.famstruct.compare.Agreement.Mark;
import org.famstruct.compare.Agreement.Outcome;
import org.famstruct.compare.Agreement.Row;
import org.famstruct.detect.Finding;
import org.famstruct.model.ExpectedLabel;
import org.famstruct.model.Pattern;
import org.junit.jupiter.api.Test;

class AgreementTest {
    private static final Pattern TRI = Pattern.TRIANGULATION;
    private static final Pattern COA = Pattern.COALITION;

    private static ExpectedLabel present(Pattern pattern, String... members) {
        Map<String, List<String>> roles = new LinkedHashMap<>();
        if (members.length > 0) {
            roles.put("members", List.of(members));
        }
        return new ExpectedLabel(pattern, false, roles, null);
    }

    private static ExpectedLabel triad(Pattern pattern, String third, List<String> members, List<String> others) {
        return new ExpectedLabel(pattern, false, Map.of("members", members, third, others), null);
    }

    private static ExpectedLabel absent(Pattern pattern) {
        return new ExpectedLabel(pattern, true, Map.of(), null);
    }

    private static Finding found(Pattern pattern, String... members) {
        return new Finding(pattern, Map.of("members", List.of(members)), Map.of(), 2, List.of(), "", List.of());
    }

    private static Finding found(Pattern pattern, String third, List<String> members, List<String> others) {
        return new Finding(pattern, Map.of("members", members, third, others), Map.of(), 2, List.of(), "", List.of());
    }

    private static Row row(List<Row> rows, String name) {
        return rows.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void countsTruePositivesFalsePositivesAndMisses() {
        Agreement agreement = new Agreement(List.of(TRI));
        agreement.add("a.yaml", List.of(present(TRI, "kid")), List.of(found(TRI, "kid"), found(TRI, "other")));
        agreement.add("b.yaml", List.of(present(TRI, "a")), List.of());
        agreement.add("c.yaml", List.of(absent(TRI)), List.of(found(TRI, "x")));
        agreement.add("d.yaml", List.of(absent(TRI)), List.of());
        Row a = agreement.results().get(0);
        assertEquals(4, a.files());
        assertEquals(1, a.tp());
        assertEquals(2, a.fp());
        assertEquals(1, a.fn());
        assertEquals(1.0 / 3, a.scores().precision(), 1e-9);
        assertEquals(0.5, a.scores().recall(), 1e-9);
        assertEquals(0.4, a.scores().f1(), 1e-9);
        // presence: both yes 1, coder only 1, tool only 1, both no 1 -> po 0.5, pe 0.5 -> kappa 0.
        assertEquals(0.0, a.scores().kappa(), 1e-9);
        assertEquals(List.of(
                new Mark("a.yaml", "triangulation", Outcome.TP, Map.of("members", List.of("kid"))),
                new Mark("a.yaml", "triangulation", Outcome.FP, Map.of("members", List.of("other"))),
                new Mark("b.yaml", "triangulation", Outcome.FN, Map.of("members", List.of("a"))),
                new Mark("c.yaml", "triangulation", Outcome.FP, Map.of("members", List.of("x")))), agreement.marks());
    }

    @Test
    void uncodedPatternsAndUnlabelledFilesDoNotCount() {
        Agreement agreement = new Agreement(List.of(TRI, COA));
        agreement.add("a.yaml", List.of(), List.of(found(TRI, "kid")));
        agreement.add("b.yaml", List.of(present(COA)), List.of(found(TRI, "kid"), found(COA, "a")));
        assertEquals(1, agreement.labelledFiles());
        Row tri = agreement.results().get(0);
        assertEquals(0, tri.files());
        assertEquals(0, tri.fp());
        assertNull(tri.scores().precision());
        assertEquals(1, agreement.results().get(1).tp());
    }

    /** Micro sums the counts; macro averages the patterns' figures: they differ when the patterns differ in size. */
    @Test
    void microAndMacroAverages() {
        Agreement agreement = new Agreement(List.of(TRI, COA));
        // triangulation: 3 tp, 1 fp -> precision 0.75, recall 1; coalition: 0 tp, 1 fn, 1 fp -> 0, 0.
        agreement.add("a.yaml", List.of(present(TRI, "a"), present(TRI, "b"), present(TRI, "c"), present(COA, "x")),
                List.of(found(TRI, "a"), found(TRI, "b"), found(TRI, "c"), found(TRI, "d"), found(COA, "y")));
        List<Row> rows = agreement.results();
        assertEquals(List.of("triangulation", "coalition", "micro", "macro", "triads"), rows.stream().map(Row::name).toList());
        Row micro = row(rows, "micro");
        assertEquals(3, micro.tp());
        assertEquals(2, micro.fp());
        assertEquals(1, micro.fn());
        assertEquals(0.6, micro.scores().precision(), 1e-9);
        assertEquals(0.75, micro.scores().recall(), 1e-9);
        Row macro = row(rows, "macro");
        assertNull(macro.tp());
        assertEquals((0.75 + 0) / 2, macro.scores().precision(), 1e-9);
        assertEquals((1 + 0) / 2.0, macro.scores().recall(), 1e-9);
        // coalition's F1 is undefined (precision and recall both 0): the mean is over triangulation only.
        assertEquals(2 * 0.75 / 1.75, macro.scores().f1(), 1e-9);
    }

    /** The coder's triangulation and the tool's coalition of the same three people agree at the triad level. */
    @Test
    void triadsAgreeWhateverThePatternIsCalled() {
        Agreement agreement = new Agreement(List.of(TRI, COA));
        agreement.add("a.yaml", List.of(triad(TRI, "between", List.of("kid"), List.of("dad", "mum"))),
                List.of(found(COA, "against", List.of("kid", "mum"), List.of("dad"))));
        agreement.add("b.yaml", List.of(triad(COA, "against", List.of("a", "b"), List.of("c"))), List.of());
        agreement.add("c.yaml", List.of(present(TRI, "kid")), List.of(found(COA, "against", List.of("x", "y"), List.of("z"))));
        List<Row> rows = agreement.results();
        assertEquals(0, row(rows, "triangulation").tp());
        Row triads = row(rows, "triads");
        assertEquals(2, triads.files(), "c.yaml names no 'between': its triad is unknown, the file is left out");
        assertEquals(1, triads.tp());
        assertEquals(0, triads.fp());
        assertEquals(1, triads.fn());
        assertTrue(agreement.marks().contains(new Mark("a.yaml", "triads", Outcome.TP,
                Map.of("members", List.of("dad", "kid", "mum")))));
    }

    @Test
    void bootstrapIntervalsRepeatWithTheSeedAndHoldThePointEstimate() {
        Agreement agreement = new Agreement(List.of(TRI));
        for (int i = 0; i < 20; i++) {
            agreement.add("f" + i, List.of(i % 3 == 0 ? absent(TRI) : present(TRI, "k")),
                    i % 4 == 0 ? List.of() : List.of(found(TRI, "k")));
        }
        List<Row> first = agreement.results(new Bootstrap(7, 500));
        List<Row> again = agreement.results(new Bootstrap(7, 500));
        Row tri = first.get(0);
        for (int i = 0; i < Scores.NAMES.size(); i++) {
            assertEquals(tri.interval(i), again.get(0).interval(i));
            assertTrue(tri.interval(i).low() <= tri.scores().get(i) && tri.scores().get(i) <= tri.interval(i).high(),
                    Scores.NAMES.get(i) + " " + tri.interval(i));
            assertTrue(tri.interval(i).low() < tri.interval(i).high(), "a corpus that varies gives an interval of some width");
        }
        assertTrue(!tri.interval(0).equals(agreement.results(new Bootstrap(8, 500)).get(0).interval(0))
                || !tri.interval(3).equals(agreement.results(new Bootstrap(8, 500)).get(0).interval(3)),
                "another seed draws other resamples");
    }
}
