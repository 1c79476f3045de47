package org.famstruct.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.famstruct.testing.Cases;
import org.junit.jupiter.api.Test;

/** The genogram's symbols of McGoldrick et al. (2008), read back from the positioned DOT. */
class GenogramDrawingTest {
    private static final String FAMILY = """
            family: Twins
            members:
              dad: {name: Dad, gender: m}
              mum: {name: Mum, gender: f, deceased: true}
              a: {name: Ann, gender: f, born: 2001}
              b: {name: Bea, gender: f, born: 2001}
              c: {name: Cy, gender: m, born: 2004}
              d: {name: Di, gender: f, born: 2004}
              e: {name: Ed, gender: m, born: 2008}
            unions:
              - {partners: [dad, mum], status: divorced, children: [a, b, c, d, e], twins: [[a, b]],
                 identical_twins: [[c, d]]}
            """;

    private static String dot() {
        String dot = MapRenderer.forStyle(MapStyle.GENOGRAM).render(Cases.graph(FAMILY), List.of(),
                new MapOptions(MapStyle.GENOGRAM, Set.of(), false, true, false));
        Graphviz.svg(dot, "twins");
        return dot;
    }

    /** The first point of the line from the sibship line down to a member. */
    private static String start(String dot, String member) {
        Matcher m = Pattern.compile("p\\d+ -> " + member + " \\[pos=\"([0-9.]+,[0-9.]+) ").matcher(dot);
        assertTrue(m.find(), member + ": " + dot);
        return m.group(1);
    }

    @Test
    void twinsHangFromOnePointAndOtherChildrenFromTheirOwn() {
        String dot = dot();
        // dad m1, mum m2, Ann m3, Bea m4, Cy m5, Di m6, Ed m7
        assertEquals(start(dot, "m3"), start(dot, "m4"), "twins from one point");
        assertEquals(start(dot, "m5"), start(dot, "m6"), "identical twins from one point");
        assertNotEquals(start(dot, "m4"), start(dot, "m5"));
        assertNotEquals(start(dot, "m6"), start(dot, "m7"));
        assertTrue(dot.contains(">identical twins</TD>") && dot.contains(">twins</TD>"), "both in the legend");
    }

    @Test
    void theDeceasedAreCrossedCornerToCornerAndDivorceHasTwoSlashes() {
        String dot = dot();
        assertTrue(Pattern.compile("m2 -> p\\d+ \\[pos=\"[^;\"]+;[^;\"]+\"").matcher(dot).find(), "two strokes: " + dot);
        Matcher couple = Pattern.compile("m1 -> m2 \\[pos=\"([^\"]+)\"").matcher(dot);
        assertTrue(couple.find(), dot);
        assertEquals(3, couple.group(1).split(";").length, "the couple line and two slashes: " + couple.group(1));
        assertTrue(dot.contains(">divorced</TD>"), "in the legend");
    }
}
