package org.famstruct.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.famstruct.map.dot.Html;

/**
 * The legend: one entry for every symbol the map actually uses (entries with one key are one
 * entry), in a fixed order, each a small sample drawn as on the map and its meaning. It goes
 * under the drawing or beside it, whichever makes the smaller page, in as many columns as fit
 * the drawing's width (or rows its height), so it stays a small part of the page.
 */
final class Legend {
    static final double FONT_SIZE = 9;
    private static final double SAMPLE = 34;
    private static final double PAD = 14;
    /** How much wider than the estimate a legend text's cell is. */
    private static final double SLACK = 1.2;

    /** Draws an entry's sample into its cell. */
    interface Sample {
        void draw(Sheet sheet, Box cell);
    }

    private record Entry(int order, String key, String text, Sample sample) {}

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    void add(int order, String key, String text, Sample sample) {
        entries.putIfAbsent(key, new Entry(order, key, text, sample));
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The legend's texts in order, for tests. */
    List<String> texts() {
        return sorted().stream().map(Entry::text).toList();
    }

    private List<Entry> sorted() {
        List<Entry> list = new ArrayList<>(entries.values());
        list.sort(Comparator.comparingInt(Entry::order).thenComparing(Entry::key));
        return list;
    }

    /**
     * Draws the legend beside or under what the sheet holds: of every number of columns (filled
     * top to bottom, each as wide as its longest entry), under or beside, the one that makes the
     * smallest page; in the largest type, down to 6 points, that keeps it within a third of the
     * page (a drawing smaller than its legend gets the 6-point legend).
     */
    void place(Sheet sheet) {
        List<Entry> list = sorted();
        if (list.isEmpty()) {
            return;
        }
        Box map = sheet.extent();
        Layout best = null;
        for (double size = FONT_SIZE; size >= 6; size--) {
            best = layout(list, map, size);
            if (best.area - map.width() * map.height() <= best.area / 3) {
                break;
            }
        }
        double row = row(best.size);
        double left = best.under ? map.x0() : map.x1() + PAD;
        double top = best.under ? map.y1() + PAD : map.y0();
        Box title = Sheet.textBox("Legend", new Point(0, 0), best.size + 1);
        sheet.label(new Html().bold("Legend"), title.moveTo(left, top), best.size + 1, null);
        int n = list.size();
        int rows = rows(n, best.columns);
        double x = left;
        for (int c = 0; c < best.columns; c++) {
            double column = 0;
            for (int i = c * rows; i < Math.min(n, (c + 1) * rows); i++) {
                Entry e = list.get(i);
                double y = top + row * (1 + i - c * rows);
                e.sample().draw(sheet, new Box(x, y + 2, x + SAMPLE, y + row - 2));
                // A cell wider than the estimate: dot centres a table that grows past its cell, which
                // would push the text left over its sample.
                Box text = Sheet.textBox(e.text(), new Point(0, 0), best.size);
                text = Box.around(new Point(0, 0), text.width() * SLACK, text.height()).moveTo(x + SAMPLE + 6,
                        y + (row - text.height()) / 2);
                sheet.label(Html.column(Html.Cell.left(Html.of(e.text()), (int) Math.ceil(text.width()))), text,
                        best.size, null);
                column = Math.max(column, cellWidth(e, best.size));
            }
            x += column;
        }
    }

    /** A placement of the legend: its type size, columns, side, and the page it makes. */
    private record Layout(double size, int columns, boolean under, double area) {}

    private static Layout layout(List<Entry> list, Box map, double size) {
        Layout best = null;
        int n = list.size();
        for (int columns = 1; columns <= n; columns++) {
            double width = width(list, columns, size);
            double height = row(size) * (rows(n, columns) + 1);
            double under = Math.max(map.width(), width) * (map.height() + PAD + height);
            double beside = (map.width() + PAD + width) * Math.max(map.height(), height);
            if (best == null || under < best.area) {
                best = new Layout(size, columns, true, under);
            }
            if (beside < best.area) {
                best = new Layout(size, columns, false, beside);
            }
        }
        return best;
    }

    /** A legend row: the type and a little air, never less than a sample needs. */
    private static double row(double size) {
        return Math.max(13, size * 1.7);
    }

    private static int rows(int n, int columns) {
        return (n + columns - 1) / columns;
    }

    private static double cellWidth(Entry e, double size) {
        return SAMPLE + 6 + Sheet.textBox(e.text(), new Point(0, 0), size).width() * SLACK + 10;
    }

    private static double width(List<Entry> list, int columns, double size) {
        int rows = rows(list.size(), columns);
        double total = 0;
        for (int c = 0; c < columns; c++) {
            double column = 0;
            for (int i = c * rows; i < Math.min(list.size(), (c + 1) * rows); i++) {
                column = Math.max(column, cellWidth(list.get(i), size));
            }
            total += column;
        }
        return total;
    }
}
