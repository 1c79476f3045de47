package org.famstruct.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.famstruct.model.Relationship;
import org.junit.jupiter.api.Test;

/**
 * The per-member dyad table answers the same before and after it outgrows its arrays and
 * switches to a hash map, for ids spelled by another string instance too.
 */
class DyadTableTest {

    @Test
    void findsEveryDyadWhileGrowingPastTheScanLimit() {
        DyadTable table = new DyadTable();
        List<List<Relationship>> lists = new ArrayList<>();
        int count = DyadTable.SCAN * 3 + 1;
        for (int i = 0; i < count; i++) {
            List<Relationship> list = new ArrayList<>();
            lists.add(list);
            table.add("m" + i, list);
            assertEquals(i + 1, table.size());
            for (int j = 0; j <= i; j++) {
                // a new String each time: the table must not rely on the caller's instance
                assertSame(lists.get(j), table.get(new String("m" + j)), "m" + j + " after " + (i + 1) + " dyads");
            }
            assertNull(table.get("m" + (i + 1)));
            assertNull(table.get("x"));
        }
    }

    @Test
    void anEmptyTableHoldsNothing() {
        DyadTable table = new DyadTable();
        assertEquals(0, table.size());
        assertNull(table.get("a"));
    }
}
