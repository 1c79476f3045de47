package org.famstruct.map.dot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DotWriterTest {

    @Test
    void writesGraphsClustersNodesAndEdges() {
        DotWriter w = new DotWriter().open("g");
        w.defaults("graph", Attrs.of().put("newrank", true));
        w.subgraph("cluster_b1").defaults("graph", Attrs.of("style", "dashed")).node("m1", Attrs.of()).close();
        w.node("m2", Attrs.of("label", "Emily"));
        w.sameRank(List.of("m1", "m2"));
        w.edge("m1", "m2", Attrs.of().put("color", "#2166ac:invis:#2166ac").put("penwidth", 2.5));
        assertEquals("""
                digraph g {
                  graph [newrank=true];
                  subgraph cluster_b1 {
                    graph [style=dashed];
                    m1;
                  }
                  m2 [label=Emily];
                  {rank=same; m1; m2;}
                  m1 -> m2 [color="#2166ac:invis:#2166ac", penwidth=2.5];
                }
                """, w.close().text());
    }

    @Test
    void refusesIdsItDidNotGenerate() {
        DotWriter w = new DotWriter().open("g");
        for (String id : new String[] {"Mark", "a b", "a\"b", "x;y", "", "1a", "node", "subgraph", "-"}) {
            assertThrows(IllegalArgumentException.class, () -> w.node(id, Attrs.of()), id);
        }
        assertThrows(IllegalArgumentException.class, () -> new DotWriter().open("Graph name"));
    }

    @Test
    void textValuesAreQuotedUnlessPlain() {
        assertEquals("[a=plain, b=\"two words\", c=\"#ff0000\", d=\"a\\\"b\", e=0.5, f=\"node\"]",
                Attrs.of().put("a", "plain").put("b", "two words").put("c", "#ff0000").put("d", "a\"b").put("e", 0.5)
                        .put("f", "node").dot());
    }

    @Test
    void laterValuesReplaceEarlierOnes() {
        assertEquals("[a=2, b=1]", Attrs.of().put("a", 1).put("b", 1).put("a", 2).dot());
    }

    @Test
    void htmlLabelsEscapeTheirText() {
        Html label = Html.of("<b>").br().font(9, "#b2182b", Html.of("a & b"));
        assertEquals("<&lt;b&gt;<BR/><FONT POINT-SIZE=\"9\" COLOR=\"#b2182b\">a &amp; b</FONT>>", label.dot());
        assertThrows(IllegalArgumentException.class, () -> new Html().font(9, "red\"><B", Html.of("x")));
    }

    @Test
    void commentsStayOnOneLine() {
        String text = new DotWriter().open("g").comment("a\nb */ c").close().text();
        assertTrue(text.contains("  // a b */ c\n"), text);
    }

    @Test
    void unbalancedGraphsAreRefused() {
        assertThrows(IllegalStateException.class, () -> new DotWriter().open("g").text());
        assertThrows(IllegalStateException.class, () -> new DotWriter().close());
    }
}
