package org.famstruct.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.famstruct.detect.Finding;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.model.PatternIds;
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

    static Finding finding(String pattern, Map<String, List<String>> roles) {
        return new Finding(pattern, roles, Map.of(), 2, List.of(), "", List.of());
    }

    static String render(List<Finding> findings, boolean mono) {
        FamilyGraph graph = Cases.graph(FAMILY);
        MapOptions options = new MapOptions(MapStyle.STRUCTURAL, Set.copyOf(PatternIds.ALL), mono, true, false);
        String dot = MapRenderer.forStyle(MapStyle.STRUCTURAL).render(graph, findings, options);
        Graphviz.svg(dot, "finding-drawing");
        return dot;
    }

    @Test
    void triangulationEmphasisesTheTrianglesLinesAndNamesIt() {
        String dot = render(List.of(finding(PatternIds.TRIANGULATION,
                Map.of("members", List.of("tommy"), "between", List.of("emily", "mark")))), false);
        String ink = new Palette(false).findingInk(FindingLook.Kind.TRIANGULATION);
        // mark m1, emily m2, tommy m3: the conflict, the recruiting and the closeness all take the colour.
        assertTrue(dot.contains("m1 -> m2 [color=\"" + ink + "\""), dot);
        assertTrue(dot.contains("m2 -> m3 [color=\"" + ink + "\""), dot);
        assertTrue(dot.contains("m1 -> m3 [color=\"" + ink + ":invis:" + ink + "\""), dot);
        assertEquals(1, count(dot, "\">triangulation</FONT>"), "named once on the map: " + dot);
        assertTrue(dot.contains("ALIGN=\"LEFT\">triangulation<"), "and in the legend");
    }

    @Test
    void coalitionJoinsItsMembersAndMarksItsTarget() {
        String dot = render(List.of(finding(PatternIds.CROSS_GENERATIONAL_COALITION,
                Map.of("members", List.of("emily", "tommy"), "against", List.of("mark")))), false);
        assertTrue(dot.contains("cross-generational coalition"), dot);
        assertTrue(dot.contains(">against<"), "the target's line says so: " + dot);
    }

    @Test
    void aTargetWithNoLineGetsABarredLineOfItsOwn() {
        String dot = render(List.of(finding(PatternIds.COALITION,
                Map.of("members", List.of("mark", "tommy"), "against", List.of("sara")))), false);
        assertTrue(dot.contains("arrowhead=tee, style=dashed"), dot);
        assertTrue(dot.contains("against: a coalition's target"), "in the legend");
    }

    @Test
    void detouringRunsFromAPointBetweenTheParentsToTheChild() {
        String dot = render(List.of(finding(PatternIds.DETOURING_ATTACKING,
                Map.of("members", List.of("sara"), "between", List.of("emily", "mark")))), false);
        assertTrue(dot.contains("d1 [shape=point"), dot);
        assertTrue(dot.contains("m1 -> d1 ["), dot);
        assertTrue(dot.contains("m2 -> d1 ["), dot);
        assertTrue(dot.contains("d1 -> m4 [") && dot.contains("detouring (attacking)"), dot);
    }

    @Test
    void onlyHighlightedPatternsAreDrawn() {
        FamilyGraph graph = Cases.graph(FAMILY);
        Finding triangulation = finding(PatternIds.TRIANGULATION,
                Map.of("members", List.of("tommy"), "between", List.of("emily", "mark")));
        MapOptions none = new MapOptions(MapStyle.STRUCTURAL, Set.of(), false, true, false);
        String dot = MapRenderer.forStyle(MapStyle.STRUCTURAL).render(graph, List.of(triangulation), none);
        assertFalse(dot.contains("triangulation"), dot);
    }

    @Test
    void inMonoFindingsAreHeavierLinesNamedOnThem() {
        String dot = render(List.of(finding(PatternIds.TRIANGULATION,
                Map.of("members", List.of("tommy"), "between", List.of("emily", "mark")))), true);
        assertFalse(dot.matches("(?s).*#[0-9a-fA-F]{6}.*"), "no colour at all: " + dot);
        assertTrue(dot.contains("triangulation") && dot.contains("penwidth=2.5"));
        assertTrue(dot.contains("pattern found: heavier line, named on it"));
    }

    @Test
    void codedCoalitionsAreDrawnWithoutAnyFinding() {
        FamilyGraph graph = Cases.graph(FAMILY + "coalitions:\n  - {members: [emily, tommy], against: [mark], overt: false}\n");
        MapOptions none = new MapOptions(MapStyle.STRUCTURAL, Set.of(), false, true, false);
        String dot = MapRenderer.forStyle(MapStyle.STRUCTURAL).render(graph, List.of(), none);
        assertTrue(dot.contains("coalition (denied)"), dot);
    }

    @Test
    void boundariesAreOutlinedByKindOrNotedWhenTheyCannotBe() {
        FamilyGraph graph = Cases.graph(FAMILY + """
                boundaries:
                  - {around: [emily, sara], type: rigid}
                  - {around: [mark, emily], type: diffuse, name: spouses}
                  - {around: family, type: clear}
                """);
        MapOptions options = new MapOptions(MapStyle.STRUCTURAL, Set.of(), false, true, false);
        String dot = MapRenderer.forStyle(MapStyle.STRUCTURAL).render(graph, List.of(), options);
        Graphviz.svg(dot, "boundaries");
        assertTrue(dot.contains("subgraph cluster_b1 {") && dot.contains("subgraph cluster_b3 {"), dot);
        assertTrue(dot.contains("style=solid, penwidth=2.5"), "rigid");
        assertTrue(dot.contains("style=dashed"), "clear");
        assertFalse(dot.contains("cluster_b2"), "overlaps b1: not a cluster");
        assertTrue(dot.contains("spouses: diffuse boundary around Mark, Emily (not outlined: overlaps an outlined boundary)"),
                dot);
    }

    @Test
    void aBoxOverSeveralRowsWithOthersOnBothSidesIsANote() {
        // Emily is at the right end of her row, Tommy at the left end of his.
        FamilyGraph graph = Cases.graph(FAMILY + "boundaries:\n  - {around: [emily, tommy], type: rigid}\n");
        String dot = MapRenderer.forStyle(MapStyle.STRUCTURAL).render(graph, List.of(),
                new MapOptions(MapStyle.STRUCTURAL, Set.of(), false, true, false));
        assertFalse(dot.contains("cluster_b1"), dot);
        assertTrue(dot.contains("rigid boundary around Emily, Tommy (not outlined: others stand between or beside its members)"),
                dot);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
