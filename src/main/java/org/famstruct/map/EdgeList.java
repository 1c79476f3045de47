package org.famstruct.map;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.famstruct.map.dot.Attrs;
import org.famstruct.map.dot.DotWriter;

/**
 * Edges collected before they are written, so that layout edges can be left out where a
 * visible edge already does their work (dot spreads parallel edges apart, and an invisible
 * twin would bend the visible line). Only an edge that counts in the layout does that work:
 * dot ignores a flat edge of weight 0 when it orders a rank.
 */
final class EdgeList {
    private record Edge(String tail, String head, Attrs attrs, boolean holdsLayout) {}

    private final List<Edge> edges = new ArrayList<>();
    private final Set<String> visible = new HashSet<>();

    /** {@code holdsLayout}: a visible edge with a weight, which keeps its ends in order and close. */
    void add(String tail, String head, Attrs attrs, boolean holdsLayout) {
        edges.add(new Edge(tail, head, attrs, holdsLayout));
        if (holdsLayout) {
            visible.add(tail + "\u0000" + head);
        }
    }

    /** The attributes of the first visible edge from tail to head (to change its weight), or null. */
    Attrs visibleAttrs(String tail, String head) {
        for (Edge e : edges) {
            if (e.holdsLayout() && e.tail().equals(tail) && e.head().equals(head)) {
                return e.attrs();
            }
        }
        return null;
    }

    /** True when a visible edge with a weight already runs from tail to head. */
    boolean hasVisible(String tail, String head) {
        return visible.contains(tail + "\u0000" + head);
    }

    void write(DotWriter w) {
        for (Edge e : edges) {
            w.edge(e.tail(), e.head(), e.attrs());
        }
    }
}
