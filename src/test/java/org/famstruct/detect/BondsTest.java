package org.famstruct.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.famstruct.graph.FamilyGraph;
import org.junit.jupiter.api.Test;

/** bond and bond_from of PATTERNS.md: valence x intensity, over-involved positive types +1, clamped. */
class BondsTest {
    private static final FamilyGraph GRAPH = Cases.graph("members: {a: {}, b: {}, c: {}, d: {}, e: {}}\nrelationships:\n"
            + "  - {between: [a, b], type: fused, intensity: 3}\n"
            + "  - {between: [a, c], type: close, intensity: 2}\n  - {between: [a, c], type: conflict, intensity: 1}\n"
            + "  - {between: [a, d], type: distant}\n"
            + "  - {from: e, to: a, type: caretakes, intensity: 2}\n  - {from: a, to: e, type: confides-in, intensity: 1}\n");

    @Test
    void bondSumsValenceTimesIntensityAndClamps() {
        assertEquals(3, Bonds.bond(GRAPH, Rules.DEFAULTS, "a", "b"), "fused 3 counts 4, clamped to 3");
        assertEquals(1, Bonds.bond(GRAPH, Rules.DEFAULTS, "a", "c"));
        assertEquals(0, Bonds.bond(GRAPH, Rules.DEFAULTS, "a", "d"));
        assertEquals(3, Bonds.bond(GRAPH, Rules.DEFAULTS, "a", "e"), "caretakes 2+1 and confides-in 1+1, clamped");
    }

    @Test
    void bondFromCountsOnlyWhatTheFirstMemberBrings() {
        assertEquals(2, Bonds.bondFrom(GRAPH, Rules.DEFAULTS, "a", "e"), "a's confiding, not e's caretaking");
        assertEquals(3, Bonds.bondFrom(GRAPH, Rules.DEFAULTS, "e", "a"));
        Rules noBonus = new Rules(18, 2, true, 0, 1, List.of("overprotects"), List.of("blames"));
        assertEquals(1, Bonds.bondFrom(GRAPH, noBonus, "a", "e"), "the rules' bonus changes every bond");
    }
}
