package org.famstruct.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.famstruct.graph.FamilyGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The DOT carries the drawing: plain {@code dot} keeps every node where famstruct put it
 * ({@code layout=nop2}), so the file reproduces the picture exactly and stays editable.
 */
class PositionedDotTest {
    private static final Pattern NODE = Pattern.compile("^\\s*([a-z][a-z0-9_]*) \\[.*pos=\"([0-9.]+),([0-9.]+)!\"");

    @ParameterizedTest
    @EnumSource(MapStyle.class)
    void dotKeepsEveryPositionWeWrote(MapStyle style) {
        Path file = MapCases.examples().get(1);
        FamilyGraph graph = MapCases.graph(file);
        String dot = MapCases.render(graph, MapCases.options(style, false));
        assertTrue(dot.contains("layout=nop2"), dot);
        Map<String, double[]> placed = Graphviz.positions(dot, "positioned-" + style.id());
        int checked = 0;
        double[] shift = null;
        for (String line : dot.split("\n")) {
            Matcher m = NODE.matcher(line);
            if (m.find()) {
                double[] at = placed.get(m.group(1));
                double x = Double.parseDouble(m.group(2)) / 72;
                double y = Double.parseDouble(m.group(3)) / 72;
                if (shift == null) {
                    // dot may move the whole drawing by its margin; nothing moves relative to the rest.
                    shift = new double[] {at[0] - x, at[1] - y};
                }
                assertEquals(x + shift[0], at[0], 0.01, line);
                assertEquals(y + shift[1], at[1], 0.01, line);
                checked++;
            }
        }
        assertTrue(checked >= graph.family().members().size(), "every member at least");
    }
}
