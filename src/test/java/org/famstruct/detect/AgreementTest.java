package org.famstruct.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.famstruct.model.ExpectedLabel;
import org.famstruct.model.Pattern;
import org.junit.jupiter.api.Test;

class AgreementTest {
    private static final Pattern TRI = Pattern.TRIANGULATION;

    private static ExpectedLabel present(Pattern pattern, String... members) {
        Map<String, List<String>> roles = new LinkedHashMap<>();
        if (members.length > 0) {
            roles.put("members", List.of(members));
        }
        return new ExpectedLabel(pattern, false, roles, null);
    }

    private static ExpectedLabel absent(Pattern pattern) {
        return new ExpectedLabel(pattern, true, Map.of(), null);
    }

    private static Finding found(Pattern pattern, String... members) {
        return new Finding(pattern, Map.of("members", List.of(members)), Map.of(), 2, List.of(), "", List.of());
    }

    @Test
    void countsTruePositivesFalsePositivesAndMisses() {
        Agreement agreement = new Agreement(List.of(TRI));
        agreement.add(List.of(present(TRI, "kid")), List.of(found(TRI, "kid"), found(TRI, "other")));
        agreement.add(List.of(present(TRI, "a")), List.of());
        agreement.add(List.of(absent(TRI)), List.of(found(TRI, "x")));
        agreement.add(List.of(absent(TRI)), List.of());
        Agreement.PatternAgreement a = agreement.results().get(0);
        assertEquals(4, a.files());
        assertEquals(1, a.truePositives());
        assertEquals(2, a.falsePositives());
        assertEquals(1, a.falseNegatives());
        assertEquals(1.0 / 3, a.precision(), 1e-9);
        assertEquals(0.5, a.recall(), 1e-9);
        assertEquals(0.4, a.f1(), 1e-9);
        // presence: both yes 1, coder only 1, tool only 1, both no 1 -> po 0.5, pe 0.5 -> kappa 0.
        assertEquals(0.0, a.kappa(), 1e-9);
    }

    @Test
    void uncodedPatternsAndUnlabelledFilesDoNotCount() {
        Agreement agreement = new Agreement(List.of(TRI, Pattern.COALITION));
        agreement.add(List.of(), List.of(found(TRI, "kid")));
        agreement.add(List.of(present(Pattern.COALITION)), List.of(found(TRI, "kid"), found(Pattern.COALITION, "a")));
        assertEquals(1, agreement.labelledFiles());
        Agreement.PatternAgreement tri = agreement.results().get(0);
        assertEquals(0, tri.files());
        assertEquals(0, tri.falsePositives());
        assertNull(tri.precision());
        assertEquals(1, agreement.results().get(1).truePositives());
    }

    @Test
    void kappaOfPerfectAndChanceAgreement() {
        assertEquals(1.0, Agreement.kappa(new int[] {3, 0, 0, 2}), 1e-9);
        assertEquals(-1.0, Agreement.kappa(new int[] {0, 2, 2, 0}), 1e-9);
        assertNull(Agreement.kappa(new int[] {4, 0, 0, 0}), "undefined when both always say yes");
        assertNull(Agreement.kappa(new int[] {0, 0, 0, 0}));
    }
}
