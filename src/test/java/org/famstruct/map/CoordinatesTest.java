package org.famstruct.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.famstruct.testing.Cases;
import org.junit.jupiter.api.Test;

/** The layout on coordinates: every member 40 pt wide, a union's slot 20 pt, 10 pt apart, rows 100 pt apart. */
class CoordinatesTest {
    private static final double WIDTH = 40;
    private static final double HOOK = 20;
    private static final double GAP = 10;

    private record Laid(FamilyLayout layout, Coordinates at) {
        double x(String id) {
            return at.member(id).x();
        }

        double y(String id) {
            return at.member(id).y();
        }

        FamilyLayout.Hook hookOf(String child) {
            return layout.hookOf(child);
        }

        /** The middle of a hook's children in the row under it. */
        double kidsMiddle(FamilyLayout.Hook hook) {
            List<String> kids = at.kidsBelow(hook);
            return (x(kids.get(0)) + x(kids.get(kids.size() - 1))) / 2;
        }
    }

    private static Laid lay(String yaml) {
        FamilyLayout layout = new FamilyLayout(Cases.graph(yaml));
        Coordinates at = new Coordinates(layout, id -> WIDTH, hook -> HOOK, GAP, 100);
        assertNoOverlap(layout, at);
        return new Laid(layout, at);
    }

    /** In every row, each member at least its own and its neighbour's half widths plus the gap from the next. */
    private static void assertNoOverlap(FamilyLayout layout, Coordinates at) {
        for (FamilyLayout.Row row : layout.rows()) {
            List<String> members = layout.members(row);
            for (int i = 0; i + 1 < members.size(); i++) {
                double distance = at.member(members.get(i + 1)).x() - at.member(members.get(i)).x();
                assertTrue(distance >= WIDTH + GAP - 1e-9, members.get(i) + " and " + members.get(i + 1) + " overlap");
            }
        }
    }

    @Test
    void generationsAreRowsAndCouplesStandSideBySideWithTheirChildrenCentredUnderThem() {
        Laid l = lay("""
                members:
                  dad: {gender: m}
                  mum: {gender: f}
                  a: {born: 2001}
                  b: {born: 2003}
                  c: {born: 2005}
                unions: [{partners: [dad, mum], children: [a, b, c]}]
                """);
        assertEquals(0, l.y("dad"));
        assertEquals(0, l.y("mum"));
        assertEquals(100, l.y("b"));
        // The couple: the husband's slot, the union's slot, the wife's slot.
        assertEquals(WIDTH + 2 * GAP + HOOK, l.x("mum") - l.x("dad"), 1e-9);
        // Oldest on the left, the sibship centred under the couple line's middle.
        assertTrue(l.x("a") < l.x("b") && l.x("b") < l.x("c"));
        assertEquals(l.at().hookX(l.hookOf("a")), l.kidsMiddle(l.hookOf("a")), 0.5);
        assertEquals((l.x("dad") + l.x("mum")) / 2, l.x("b"), 0.5);
    }

    @Test
    void aWideSibshipPushesItsParentsOverItsMiddle() {
        Laid l = lay("""
                members:
                  p: {gender: m}
                  q: {gender: f}
                  r: {gender: m}
                  s: {gender: f}
                  k1: {parents: [r, s]}
                  k2: {parents: [r, s]}
                  k3: {parents: [r, s]}
                  k4: {parents: [r, s]}
                  k5: {parents: [p, q]}
                  k6: {parents: [p, q]}
                  k7: {parents: [p, q]}
                unions: [{partners: [p, q]}, {partners: [r, s]}]
                """);
        assertEquals(l.at().hookX(l.hookOf("k1")), l.kidsMiddle(l.hookOf("k1")), 0.5);
        assertEquals(l.at().hookX(l.hookOf("k5")), l.kidsMiddle(l.hookOf("k5")), 0.5);
        assertTrue(l.x("k7") < l.x("k1"), "each family's children stay under it, the first family's to the left");
    }

    @Test
    void aPersonsSeveralUnionsGoOnEitherSideWithTheirOwnChildren() {
        Laid l = lay("""
                members:
                  first: {gender: f}
                  man: {gender: m}
                  second: {gender: f}
                  old1: {born: 1990}
                  old2: {born: 1992}
                  young: {born: 2010}
                unions:
                  - {partners: [first, man], status: divorced, children: [old1, old2]}
                  - {partners: [man, second], children: [young]}
                """);
        assertTrue(l.x("first") < l.x("man") && l.x("man") < l.x("second"), "one wife on each side");
        assertTrue(l.x("old2") < l.x("young"), "the first union's children under it, left of the second's");
        assertEquals(l.at().hookX(l.hookOf("old1")), l.kidsMiddle(l.hookOf("old1")), 0.5);
        assertEquals(l.at().hookX(l.hookOf("young")), l.x("young"), 0.5);
    }

    @Test
    void adoptedChildrenAreInTheSibshipAndAStepChildStaysUnderItsBirthUnion() {
        Laid l = lay("""
                members:
                  dad: {gender: m}
                  mum: {gender: f}
                  new: {gender: m}
                  own: {born: 2000}
                  adopted: {born: 2002}
                unions:
                  - {partners: [dad, mum], status: divorced, children: [own, {id: adopted, kind: adopted}]}
                  - {partners: [mum, new], children: [{id: own, kind: step}]}
                """);
        assertEquals(l.hookOf("own"), l.hookOf("adopted"), "one sibship");
        assertEquals(l.at().hookX(l.hookOf("own")), l.kidsMiddle(l.hookOf("own")), 0.5);
        assertEquals(1, l.layout().extraLinks().size(), "the step listing is a line of its own");
    }

    @Test
    void cousinsWhoMarryStillGetPlacesThatDoNotOverlap() {
        Laid l = lay("""
                members:
                  gp: {gender: m}
                  gm: {gender: f}
                  s1: {gender: m, parents: [gp, gm]}
                  s2: {gender: f, parents: [gp, gm]}
                  w1: {gender: f}
                  h2: {gender: m}
                  c1: {gender: m, parents: [s1, w1]}
                  c2: {gender: f, parents: [h2, s2]}
                  baby: {parents: [c1, c2]}
                unions:
                  - {partners: [gp, gm]}
                  - {partners: [s1, w1]}
                  - {partners: [h2, s2]}
                  - {partners: [c1, c2]}
                """);
        assertEquals(l.y("c1"), l.y("c2"));
        assertEquals(300, l.y("baby"));
        assertEquals(l.at().hookX(l.hookOf("baby")), l.x("baby"), 0.5);
    }

    @Test
    void aSingleParentsChildHangsBesideThem() {
        Laid l = lay("""
                members:
                  mother: {gender: f}
                  kid: {parents: [mother]}
                """);
        assertEquals(100, l.y("kid"));
        assertEquals(l.at().hookX(l.hookOf("kid")), l.x("kid"), 0.5);
    }

    /**
     * Found by MapPropertiesTest: adopted and foster children whose unions stand the other way
     * round in their rows, so centring one sibship pushes the other's union, round after round;
     * the pushes grew without end (x near 10^15) and drawing the hatches of a line that long ran
     * out of memory. The layout now stays within what all the rows span.
     */
    @Test
    void sibshipsThatPushEachOtherStayWithinTheRowsWidths() {
        Laid l = lay("""
                members:
                  p0: {gender: male, pet: true}
                  p1: {gender: female, generation: 0}
                  p2: {gender: nonbinary, generation: 0}
                  p3: {gender: female, generation: 1, parents: [p2]}
                  p4: {gender: nonbinary}
                  p5: {gender: male, generation: 1}
                  p6: {gender: nonbinary, parents: [p0]}
                  p7: {gender: female, generation: 2}
                  p8: {gender: female, generation: 2, parents: [p4, p6]}
                  p9: {gender: female}
                unions:
                  - {partners: [p0, p1], children: [{id: p4, kind: adopted}, {id: p5, kind: adopted}]}
                  - {partners: [p3, p4], status: widowed}
                  - {partners: [p5, p6], children: [{id: p7, kind: foster}, {id: p9, kind: biological}]}
                  - {partners: [p7, p8], status: engaged}
                  - {partners: [p8, p9]}
                """);
        int slots = 0;
        for (FamilyLayout.Row row : l.layout().rows()) {
            slots += row.slots().size();
        }
        double allRows = slots * (WIDTH + GAP);
        for (String id : List.of("p0", "p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9")) {
            assertTrue(l.x(id) >= 0 && l.x(id) <= 2 * allRows, id + " at x " + l.x(id));
        }
    }
}
