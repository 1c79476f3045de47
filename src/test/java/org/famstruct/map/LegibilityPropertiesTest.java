package org.famstruct.map;

import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.testing.Cases;

/**
 * The "done when": generated families of up to 40 members in three or four
 * generations pass the legibility check in both styles, in colour and in mono. Each try runs
 * dot four times and the checker once, so the tries are few.
 */
class LegibilityPropertiesTest {

    @Property(tries = 8)
    void generatedPedigreesAreLegible(@ForAll long seed, @ForAll @IntRange(min = 8, max = 40) int members) {
        assertLegible(seed, members);
    }

    /**
     * A try that once failed: a child's hostile line to a parent came down beside the child's
     * symbol to a port on its far side, cutting across its corner.
     */
    @Example
    void aLineDoesNotCutAcrossItsOwnEndToReachAPort() {
        assertLegible(-18075774308834L, 25);
    }

    private static void assertLegible(long seed, int members) {
        String yaml = PedigreeFamilies.yaml(seed, members);
        FamilyGraph graph = Cases.graph(yaml);
        Map<String, String> svgs = new TreeMap<>();
        for (MapStyle style : MapStyle.values()) {
            for (boolean mono : new boolean[] {false, true}) {
                String name = "pedigree-" + seed + "." + style.id() + (mono ? ".mono" : "");
                svgs.put(name, Graphviz.svg(MapCases.render(graph, MapCases.options(style, mono)), name));
            }
        }
        try {
            MapCheck.assertLegible(svgs);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\n" + yaml, e);
        }
    }
}
