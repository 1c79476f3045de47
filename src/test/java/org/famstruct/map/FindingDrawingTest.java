package org.famstruct.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.famstruct.detect.Finding;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.model.Pattern;
import org.famstruct.testing.Cases;
import org.junit.jupiter.api.Test;

/** Findings built by hand, so these tests do not depend on what the detectors find. */
class FindingDrawingTest {
    static final String FAMILY = """
            family: Wagner
            source: "Minuchin (1974), Families and Family Therapy, ch. 3"
            members:
              mark:  {name: Mark, gender: male}
              emily: {name: Emily, gender: female}
              tommy: {name: Tommy, gender: male, age: 7, identified_patient: true}
              sara:  {name: Sara, gender: female, age: 5}
            unions:
              - {partners: [mark, emily], children: [tommy, sara]}
            relationships:
              - {between: [mark, emily], type: conflict, intensity: 3}
              - {from: emily, to: tommy, type: recruits}
              - {between: [mark, tommy], type: close}
            """;

    static Finding finding(Pattern pattern, Map<String, List<String>> roles) {
        return new Finding(pattern, roles, Map.of(), 2, List.of(), "", List.of());
    }

    static String render(List<Finding> findings, boolean mono) {
        FamilyGraph graph = Cases.graph(FAMILY);
        Set<String> highlight = Set.copyOf(Pattern.IDS);
        MapOptions options = new MapOptions(MapStyle.STRUCTURAL, highlight, mono, true, false);
        String dot = MapRenderer.forStyle(MapStyle.STRUCTURAL).render(graph, findings, options);
        Graphviz.svg(dot, "finding-drawing");
        return dot;
    }

    @Test
    void triangulationBandsTheTrianglesLinesKeepingTheirOwnAndNamesItOnce() {
        String dot = render(List.of(finding(Pattern.TRIANGULATION,
                Map.of("members", List.of("tommy"), "between", List.of("emily", "mark")))), false);
        String band = new Palette(false).findingInk(FindingLook.Kind.TRIANGULATION) + "59";
        // mark m1, emily m2, tommy m3: a see-through band under each of the triangle's lines...
        assertTrue(dot.contains("m1 -> m2 [color=\"" + band + "\", penwidth=9"), dot);
        assertTrue(dot.contains("m2 -> m3 [color=\"" + band + "\", penwidth=9"), dot);
        assertTrue(dot.contains("m1 -> m3 [color=\"" + band + "\", penwidth=9"), dot);
        // ...while each keeps its own look: the conflict red, the closeness a blue double line.
        assertTrue(dot.contains("m1 -> m2 [color=\"#b2182b\""), dot);
        assertTrue(dot.contains("m1 -> m3 [color=\"#2166ac:invis:#2166ac\""), dot);
        assertEquals(1, count(dot, "label=<triangulation>"), "named once on the map: " + dot);
        assertTrue(dot.contains(">triangulation</TD>"), "and in the legend: " + dot);
    }

    @Test
    void coalitionBandsItsMembersAndBarsItsTarget() {
        String dot = render(List.of(finding(Pattern.CROSS_GENERATIONAL_COALITION,
                Map.of("members", List.of("emily", "tommy"), "against", List.of("mark")))), false);
        assertTrue(dot.contains("cross-generational coalition"), dot);
        assertTrue(dot.contains("label=<against>"), "the target's line says so: " + dot);
    }

    @Test
    void aTargetWithNoLineGetsABarredLineOfItsOwn() {
        String dot = render(List.of(finding(Pattern.COALITION,
                Map.of("members", List.of("mark", "tommy"), "against", List.of("sara")))), false);
        assertTrue(dot.contains("style=dashed, arrowhead=tee"), dot);
        // Minuchin's bracket: a line from each member to one point, and from it to the target.
        assertTrue(dot.contains("m1 -> p") && dot.contains("m3 -> p"), dot);
        assertTrue(dot.contains("coalition: its members joined, barred at its target"), "in the legend: " + dot);
    }

    @Test
    void detouringRunsFromAPointBetweenTheParentsThroughTheChild() {
        String dot = render(List.of(finding(Pattern.DETOURING_ATTACKING,
                Map.of("members", List.of("sara"), "between", List.of("emily", "mark")))), false);
        assertTrue(dot.contains("d1 [shape=point"), dot);
        assertTrue(dot.contains("m1 -> d1 ["), dot);
        assertTrue(dot.contains("d1 -> m2 [") || dot.contains("m2 -> d1 ["), dot);
        assertTrue(dot.contains("detouring (attacking)"), dot);
        // The arrow runs on below the child: its tip is lower than Sara's centre.
        java.util.regex.Matcher arrow = java.util.regex.Pattern
                .compile("d1 -> m4 \\[color=\"#1b9e77\", penwidth=1.5, pos=\"e,[0-9.]+,([0-9.]+)").matcher(dot);
        java.util.regex.Matcher sara = java.util.regex.Pattern.compile("m4 \\[.*pos=\"[0-9.]+,([0-9.]+)!").matcher(dot);
        assertTrue(arrow.find() && sara.find(), dot);
        assertTrue(Double.parseDouble(arrow.group(1)) < Double.parseDouble(sara.group(1)), "through the child");
    }

    @Test
    void onlyHighlightedPatternsAreDrawn() {
        FamilyGraph graph = Cases.graph(FAMILY);
        Finding triangulation = finding(Pattern.TRIANGULATION,
                Map.of("members", List.of("tommy"), "between", List.of("emily", "mark")));
        MapOptions none = new MapOptions(MapStyle.STRUCTURAL, Set.of(), false, true, false);
        String dot = MapRenderer.forStyle(MapStyle.STRUCTURAL).render(graph, List.of(triangulation), none);
        assertFalse(dot.contains("triangulation"), dot);
    }

    @Test
    void inMonoFindingsAreGreyBandsNamedBesideThem() {
        String dot = render(List.of(finding(Pattern.TRIANGULATION,
                Map.of("members", List.of("tommy"), "between", List.of("emily", "mark")))), true);
        assertFalse(dot.replace("#00000038", "").matches("(?s).*#[0-9a-fA-F]{6}.*"), "no colour at all: " + dot);
        assertTrue(dot.contains("label=<triangulation>") && dot.contains("color=\"#00000038\", penwidth=9"), dot);
    }

    @Test
    void anAllianceFindingIsAnAffiliationHighlight() {
        String dot = render(List.of(finding(Pattern.ALLIANCE, Map.of("members", List.of("mark", "tommy")))), false);
        String band = new Palette(false).findingInk(FindingLook.Kind.AFFILIATION) + "59";
        assertTrue(dot.contains("m1 -> m3 [color=\"" + band + "\", penwidth=9"), dot);
        assertTrue(dot.contains("m1 -> m3 [color=\"#2166ac:invis:#2166ac\""), "the double line stays: " + dot);
        assertTrue(dot.contains("label=<alliance>"), dot);
    }

    @Test
    void codedCoalitionsAreDrawnWithoutAnyFinding() {
        FamilyGraph graph = Cases.graph(FAMILY + "coalitions:\n  - {members: [emily, tommy], against: [mark], overt: false}\n");
        MapOptions none = new MapOptions(MapStyle.STRUCTURAL, Set.of(), false, true, false);
        String dot = MapRenderer.forStyle(MapStyle.STRUCTURAL).render(graph, List.of(), none);
        assertTrue(dot.contains("coalition (denied)"), dot);
    }

    @Test
    void boundariesAreMinuchinsLinesByKind() {
        FamilyGraph graph = Cases.graph(FAMILY + """
                boundaries:
                  - {around: [mark, emily], type: rigid}
                  - {around: [tommy, sara], type: diffuse}
                  - {around: family, type: clear}
                """);
        MapOptions options = new MapOptions(MapStyle.STRUCTURAL, Set.of(), false, true, false);
        String dot = MapRenderer.forStyle(MapStyle.STRUCTURAL).render(graph, List.of(), options);
        Graphviz.svg(dot, "boundaries");
        // The parents' line under them, the children's over them, the family's around everyone.
        assertTrue(dot.contains("m1 -> p1 [penwidth=3, pos="), "rigid: solid and heavy: " + dot);
        assertTrue(dot.contains("m3 -> p2 [style=dotted, penwidth=2, pos="), "diffuse: dotted: " + dot);
        assertTrue(dot.contains("m1 -> p3 [style=dashed, penwidth=1.5, pos="), "clear: dashed: " + dot);
        double parentsLine = y(dot, "m1 -> p1");
        double childrenLine = y(dot, "m3 -> p2");
        assertTrue(parentsLine > childrenLine, "in the gap between the generations, the parents' above");
        assertTrue(parentsLine < y(dot, "m1 [") && childrenLine > y(dot, "m3 ["), dot);
    }

    /** The y of the first point of an edge's pos, or of a node's pos. */
    private static double y(String dot, String start) {
        String line = dot.lines().filter(l -> l.strip().startsWith(start)).findFirst().orElseThrow();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("pos=\"[0-9.]+,([0-9.]+)").matcher(line);
        assertTrue(m.find(), line);
        return Double.parseDouble(m.group(1));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
