package org.famstruct.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The graph's sorted id sets behave as the tree sets they replace, short (scanned) and long (searched). */
class SortedIdsTest {

    @Test
    void sortsDropsRepeatsAndAnswersAsATreeSet() {
        Random random = new Random(7);
        for (int size : new int[] {0, 1, 2, 8, 9, 40, 500}) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                ids.add("m" + random.nextInt(Math.max(1, size)));
            }
            TreeSet<String> expected = new TreeSet<>(ids);
            SortedIds set = SortedIds.of(ids);
            assertEquals(new ArrayList<>(expected), new ArrayList<>(set), "order, " + size + " ids");
            assertEquals(expected, set);
            assertEquals(expected.hashCode(), set.hashCode());
            for (int i = 0; i < size + 3; i++) {
                String probe = new String("m" + i);
                assertEquals(expected.contains(probe), set.contains(probe), probe + " among " + size);
            }
            assertFalse(((java.util.Collection<?>) set).contains(Integer.valueOf(42)));
        }
    }

    @Test
    void isReadOnlyAndItsIteratorEnds() {
        SortedIds set = SortedIds.of(List.of("b", "a"));
        assertThrows(UnsupportedOperationException.class, () -> set.add("c"));
        Iterator<String> it = set.iterator();
        assertEquals("a", it.next());
        assertEquals("b", it.next());
        assertFalse(it.hasNext());
        assertThrows(NoSuchElementException.class, it::next);
        assertTrue(SortedIds.of(List.of()).isEmpty());
    }
}
