package org.famstruct.map.dot;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a DOT digraph: graph, subgraphs and clusters, nodes and edges with attributes.
 * Every id must be one the tool generated ({@code m1}, {@code u1}, {@code cluster_b1}...):
 * user text can only enter through attribute values, which {@link Attrs} escapes.
 */
public final class DotWriter {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

    private final StringBuilder out = new StringBuilder();
    private int depth;

    /** Opens {@code digraph ID {}}. */
    public DotWriter open(String id) {
        line("digraph " + id(id) + " {");
        depth++;
        return this;
    }

    /** {@code graph [...]}, {@code node [...]} or {@code edge [...]} defaults for the current (sub)graph. */
    public DotWriter defaults(String kind, Attrs attrs) {
        if (!kind.equals("graph") && !kind.equals("node") && !kind.equals("edge")) {
            throw new IllegalArgumentException(kind);
        }
        if (!attrs.isEmpty()) {
            line(kind + " " + attrs.dot() + ";");
        }
        return this;
    }

    /** Opens a subgraph; its id must start with {@code cluster_} to be drawn as a cluster. */
    public DotWriter subgraph(String id) {
        line("subgraph " + id(id) + " {");
        depth++;
        return this;
    }

    /** Closes the innermost open graph or subgraph. */
    public DotWriter close() {
        if (depth == 0) {
            throw new IllegalStateException("nothing open");
        }
        depth--;
        line("}");
        return this;
    }

    /** {@code {rank=same; a; b; c;}}. */
    public DotWriter sameRank(List<String> ids) {
        if (ids.isEmpty()) {
            return this;
        }
        StringBuilder s = new StringBuilder("{rank=same;");
        for (String id : ids) {
            s.append(' ').append(id(id)).append(';');
        }
        line(s.append('}').toString());
        return this;
    }

    public DotWriter node(String id, Attrs attrs) {
        line(id(id) + (attrs.isEmpty() ? "" : " " + attrs.dot()) + ";");
        return this;
    }

    public DotWriter edge(String from, String to, Attrs attrs) {
        line(id(from) + " -> " + id(to) + (attrs.isEmpty() ? "" : " " + attrs.dot()) + ";");
        return this;
    }

    /** A comment line; the text is ours, but is kept on one line and cannot close the comment. */
    public DotWriter comment(String text) {
        line("// " + DotText.clean(text).replace('\n', ' '));
        return this;
    }

    /** The finished DOT text; every opened graph must have been closed. */
    public String text() {
        if (depth != 0) {
            throw new IllegalStateException(depth + " graph(s) still open");
        }
        return out.toString();
    }

    private void line(String text) {
        out.append("  ".repeat(depth)).append(text).append('\n');
    }

    private static String id(String id) {
        if (!ID.matcher(id).matches() || java.util.Set.of("node", "edge", "graph", "digraph", "subgraph", "strict")
                .contains(id)) {
            throw new IllegalArgumentException("not a generated id: " + id);
        }
        return id;
    }
}
