package org.famstruct.report.dot;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Edges collected before they are written, so that layout edges can be left out where a
 * visible edge already does their work (dot spreads parallel edges apart, and an invisible
 * twin would bend the visible line).
 */
final class EdgeList {
    private record Edge(String tail, String head, Attrs attrs) {}

    private final List<Edge> edges = new ArrayList<>();
    private final Set<String> visible = new HashSet<>();

    void add(String tail, String head, Attrs attrs, boolean isVisible) {
        edges.add(new Edge(tail, head, attrs));
        if (isVisible) {
            visible.add(tail + "\u0000" + head);
        }
    }

    boolean hasVisible(String tail, String head) {
        return visible.contains(tail + "\u0000" + head);
    }

    void write(DotWriter w) {
        for (Edge e : edges) {
            w.edge(e.tail(), e.head(), e.attrs());
        }
    }
}
