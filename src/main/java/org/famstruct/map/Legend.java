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
    private static final double ROW = 15;
    private static final double PAD = 14;

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
     * smallest page.
     */
    void place(Sheet sheet) {
        List<Entry> list = sorted();
        if (list.isEmpty()) {
            return;
        }
        Box map = sheet.extent();
        int n = list.size();
        double bestArea = Double.MAX_VALUE;
        int bestColumns = 1;
        boolean bestUnder = true;
        for (int columns = 1; columns <= n; columns++) {
            double width = width(list, columns);
            double height = ROW * (rows(n, columns) + 1);
            double under = Math.max(map.width(), width) * (map.height() + PAD + height);
            double beside = (map.width() + PAD + width) * Math.max(map.height(), height);
            if (under < bestArea) {
                bestArea = under;
                bestColumns = columns;
                bestUnder = true;
            }
            if (beside < bestArea) {
                bestArea = beside;
                bestColumns = columns;
                bestUnder = false;
            }
        }
        double left = bestUnder ? map.x0() : map.x1() + PAD;
        double top = bestUnder ? map.y1() + PAD : map.y0();
        Box title = Sheet.textBox("Legend", new Point(0, 0), FONT_SIZE + 1);
        sheet.label(new Html().bold("Legend"), title.moveTo(left, top), FONT_SIZE + 1, null);
        int rows = rows(n, bestColumns);
        double x = left;
        for (int c = 0; c < bestColumns; c++) {
            double column = 0;
            for (int i = c * rows; i < Math.min(n, (c + 1) * rows); i++) {
                Entry e = list.get(i);
                double y = top + ROW * (1 + i - c * rows);
                e.sample().draw(sheet, new Box(x, y + 2, x + SAMPLE, y + ROW - 2));
                Box text = Sheet.textBox(e.text(), new Point(0, 0), FONT_SIZE).moveTo(x + SAMPLE + 6, y + 1);
                sheet.label(Html.column(Html.Cell.left(Html.of(e.text()), (int) Math.ceil(text.width()))), text,
                        FONT_SIZE, null);
                column = Math.max(column, cellWidth(e));
            }
            x += column;
        }
    }

    private static int rows(int n, int columns) {
        return (n + columns - 1) / columns;
    }

    private static double cellWidth(Entry e) {
        return SAMPLE + 6 + Sheet.textBox(e.text(), new Point(0, 0), FONT_SIZE).width() + 14;
    }

    private static double width(List<Entry> list, int columns) {
        int rows = rows(list.size(), columns);
        double total = 0;
        for (int c = 0; c < columns; c++) {
            double column = 0;
            for (int i = c * rows; i < Math.min(list.size(), (c + 1) * rows); i++) {
                column = Math.max(column, cellWidth(list.get(i)));
            }
            total += column;
        }
        return total;
    }
}
