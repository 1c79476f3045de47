package org.famstruct.map;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.famstruct.graph.FamilyGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a reader stumbles over first: siblings out of birth order, partners split apart, a
 * generation out of its row. The layout decides the order; this checks, with dot's own
 * coordinates, that dot kept it for every case in both styles.
 */
class LayoutOrderTest {

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Path file : MapCases.all()) {
            for (MapStyle style : MapStyle.values()) {
                cases.add(Arguments.of(file, style));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void dotKeepsTheRowsAndTheirOrder(Path file, MapStyle style) {
        FamilyGraph graph = MapCases.graph(file);
        assertOrderKept(graph, MapCases.render(graph, MapCases.options(style, false)), style, file.toString());
    }

    /** Fails unless dot placed every row of the layout as one row, in the layout's order, below the one before. */
    static void assertOrderKept(FamilyGraph graph, String dot, MapStyle style, String file) {
        Map<String, double[]> at = Graphviz.positions(dot, "order");
        FamilyLayout layout = new FamilyLayout(graph);
        NodeIds ids = new NodeIds(graph.family());
        Double previousY = null;
        for (FamilyLayout.Row row : layout.rows()) {
            List<String> nodes = new ArrayList<>();
            for (FamilyLayout.Slot slot : row.slots()) {
                if (slot.isMember()) {
                    nodes.add(ids.member(slot.member()));
                } else if (style == MapStyle.GENOGRAM) {
                    nodes.add(slot.hook().id());
                }
            }
            double y = at.get(nodes.get(0))[1];
            for (int i = 0; i < nodes.size(); i++) {
                String node = nodes.get(i);
                assertTrue(Math.abs(at.get(node)[1] - y) < 0.01, () -> file + ": " + node + " is out of its row");
                if (i > 0) {
                    String left = nodes.get(i - 1);
                    assertTrue(at.get(left)[0] < at.get(node)[0],
                            () -> file + " " + style + ": " + left + " should be left of " + node + " in " + nodes);
                }
            }
            if (previousY != null) {
                double above = previousY;
                assertTrue(y < above, () -> file + ": a row is not below the one before");
            }
            previousY = y;
        }
    }
}
