package org.famstruct.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.famstruct.map.dot.Attrs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LegendTest {

    private static Legend legend(int entries) {
        Legend legend = new Legend();
        for (int i = 0; i < entries; i++) {
            legend.add(i, "k" + i, String.format("line style no. %2d", i), (s, cell) -> s.line(s.point(cell.centre()),
                    s.point(cell.centre()), List.of(List.of(cell.centre(), cell.centre().plus(10, 0))), Attrs.of()));
        }
        return legend;
    }

    /** A drawing of the given size, then its legend: the legend takes at most a third of the page. */
    @ParameterizedTest
    @CsvSource({"400, 300, 12", "250, 200, 8", "900, 200, 20", "150, 600, 15", "300, 300, 3"})
    void neverMoreThanAThirdOfThePage(double width, double height, int entries) {
        Sheet sheet = new Sheet();
        sheet.point(new Point(0, 0));
        sheet.point(new Point(width, height));
        double drawing = width * height;
        legend(entries).place(sheet);
        double page = sheet.extent().width() * sheet.extent().height();
        assertTrue(page - drawing <= page / 3, "legend " + (page - drawing) + " of a page of " + page);
    }

    @Test
    void onlyTheSymbolsAddedOnceEachInOrder() {
        Legend legend = new Legend();
        legend.add(2, "b", "second", (s, c) -> { });
        legend.add(1, "a", "first", (s, c) -> { });
        legend.add(2, "b", "second again", (s, c) -> { });
        assertEquals(List.of("first", "second"), legend.texts());
    }
}
