package org.famstruct.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.famstruct.map.dot.Attrs;
import org.famstruct.map.dot.DotWriter;
import org.famstruct.map.dot.Html;

/**
 * The legend: one entry for every symbol the map actually uses, in a fixed order, drawn under
 * the map as rows of samples (the real node shape or line style) with their meaning. Entries
 * with the same key are one entry.
 */
final class Legend {
    private static final int COLUMNS = 2;
    private static final double FONT_SIZE = 10;

    /** A sample: a node drawn with {@code node} attributes, or a line drawn with {@code edge} attributes. */
    record Entry(int order, String key, Attrs node, Attrs edge, String text) {}

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    void node(int order, String key, Attrs node, String text) {
        entries.putIfAbsent(key, new Entry(order, key, node, null, text));
    }

    void edge(int order, String key, Attrs edge, String text) {
        entries.putIfAbsent(key, new Entry(order, key, null, edge, text));
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    List<Entry> entries() {
        List<Entry> sorted = new ArrayList<>(entries.values());
        sorted.sort(Comparator.comparingInt(Entry::order).thenComparing(Entry::key));
        return sorted;
    }

    /**
     * Writes the legend cluster and the edges that put it below the map: {@code below} is a
     * node of the map's bottom row. Ids are {@code l1}, {@code l1a}, {@code l1t}...
     */
    void write(DotWriter w, String below, String fontname) {
        List<Entry> sorted = entries();
        if (sorted.isEmpty()) {
            return;
        }
        // Each column as wide as its longest text, so the texts of a column line up.
        int[] textWidth = new int[COLUMNS];
        for (int i = 0; i < sorted.size(); i++) {
            textWidth[i % COLUMNS] = Math.max(textWidth[i % COLUMNS], estimateWidth(sorted.get(i).text()));
        }
        w.subgraph("cluster_legend");
        w.defaults("graph", Attrs.of().put("label", new Html().bold("Legend")).put("labeljust", "l")
                .put("peripheries", 0).put("fontname", fontname).put("fontsize", FONT_SIZE + 1));
        for (int i = 0; i < sorted.size(); i++) {
            Entry e = sorted.get(i);
            String id = "l" + (i + 1);
            if (e.node() != null) {
                w.node(id, Attrs.of().putAll(e.node()));
            } else {
                Attrs point = Attrs.of().put("shape", "point").put("width", 0.01).put("height", 0.01)
                        .put("style", "invis");
                w.node(id, point);
                w.node(id + "b", point);
            }
            w.node(id + "t", Attrs.of().put("shape", "plaintext").put("margin", 0).put("fontname", fontname)
                    .put("fontsize", FONT_SIZE)
                    .put("label", Html.column(Html.Cell.left(Html.of(e.text()), textWidth[i % COLUMNS]))));
        }
        w.close();
        List<String> previousRow = null;
        for (int start = 0; start < sorted.size(); start += COLUMNS) {
            List<String> rank = new ArrayList<>();
            List<String> firsts = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (int i = start; i < Math.min(start + COLUMNS, sorted.size()); i++) {
                Entry e = sorted.get(i);
                String id = "l" + (i + 1);
                if (!rank.isEmpty()) {
                    w.edge(rank.get(rank.size() - 1), id, Attrs.of().put("style", "invis"));
                }
                rank.add(id);
                if (e.edge() != null) {
                    w.edge(id, id + "b", Attrs.of().putAll(e.edge()).put("weight", 10));
                    rank.add(id + "b");
                }
                w.edge(rank.get(rank.size() - 1), id + "t", Attrs.of().put("style", "invis"));
                rank.add(id + "t");
                firsts.add(id + "t");
                texts.add(id + "t");
            }
            w.sameRank(rank);
            if (previousRow == null) {
                w.edge(below, firsts.get(0), Attrs.of().put("style", "invis").put("weight", 0).put("minlen", 2));
            } else {
                // Columns line up: each text under the one above it.
                for (int c = 0; c < firsts.size(); c++) {
                    w.edge(previousRow.get(c), firsts.get(c), Attrs.of().put("style", "invis").put("weight", 10));
                }
            }
            previousRow = texts;
        }
    }

    /** A width in points for our own legend text in Helvetica (its average glyph is about half an em). */
    static int estimateWidth(String text) {
        int longest = 0;
        for (String line : text.split("\n")) {
            longest = Math.max(longest, line.length());
        }
        return (int) Math.ceil(longest * FONT_SIZE * 0.5) + 4;
    }
}
