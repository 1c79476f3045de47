package org.famstruct.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.famstruct.model.ExpectedLabel;
import org.famstruct.model.Pattern;
import org.famstruct.model.SourcePos;
import org.junit.jupiter.api.Test;

class LabelMatcherTest {
    private static final SourcePos POS = new SourcePos("t.yaml", 1, 1);

    private static Finding finding(Pattern pattern, Map<String, List<String>> roles) {
        return new Finding(pattern, roles, Map.of(), 2, List.of(), "", List.of());
    }

    private static ExpectedLabel present(Pattern pattern, Map<String, List<String>> roles) {
        return new ExpectedLabel(pattern, false, roles, POS);
    }

    private static final Finding TRIANGLE = finding(Pattern.TRIANGULATION, orderedRoles(
            "members", List.of("kid"), "between", List.of("ma", "pa")));

    private static Map<String, List<String>> orderedRoles(String k1, List<String> v1, String k2, List<String> v2) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    @Test
    void everyRoleTheLabelNamesMustBeEqualAsASet() {
        assertTrue(LabelMatcher.matches(present(Pattern.TRIANGULATION,
                Map.of("members", List.of("kid"), "between", List.of("ma", "pa"))), TRIANGLE));
        assertTrue(LabelMatcher.matches(present(Pattern.TRIANGULATION, Map.of("between", List.of("pa", "ma"))), TRIANGLE));
        assertFalse(LabelMatcher.matches(present(Pattern.TRIANGULATION, Map.of("between", List.of("ma"))), TRIANGLE));
        assertFalse(LabelMatcher.matches(present(Pattern.TRIANGULATION,
                Map.of("between", List.of("ma", "pa", "gran"))), TRIANGLE));
        assertFalse(LabelMatcher.matches(present(Pattern.TRIANGULATION, Map.of("against", List.of("ma"))), TRIANGLE));
        assertFalse(LabelMatcher.matches(present(Pattern.COALITION, Map.of()), TRIANGLE));
    }

    @Test
    void anOmittedRoleMatchesAnything() {
        assertTrue(LabelMatcher.matches(present(Pattern.TRIANGULATION, Map.of()), TRIANGLE));
    }

    @Test
    void anAbsentLabelHoldsWhenNoFindingHasItsPattern() {
        ExpectedLabel noCoalition = new ExpectedLabel(Pattern.COALITION, true, Map.of(), POS);
        ExpectedLabel noTriangle = new ExpectedLabel(Pattern.TRIANGULATION, true, Map.of(), POS);
        assertTrue(LabelMatcher.holds(noCoalition, List.of(TRIANGLE)));
        assertFalse(LabelMatcher.holds(noTriangle, List.of(TRIANGLE)));
        assertFalse(LabelMatcher.matches(noTriangle, TRIANGLE), "an absent label is never an occurrence");
        assertEquals(List.of(noTriangle), LabelMatcher.failing(List.of(noCoalition, noTriangle), List.of(TRIANGLE)));
    }

    @Test
    void aPresentLabelWithoutAMatchingFindingFails() {
        ExpectedLabel label = present(Pattern.TRIANGULATION, Map.of("members", List.of("sib")));
        assertFalse(LabelMatcher.holds(label, List.of(TRIANGLE)));
        assertFalse(LabelMatcher.holds(label, List.of()));
    }
}
