package org.famstruct.graph;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An immutable set of member ids in sorted order, held in one array: the graph keeps one per
 * member (neighbours, charges), and a tree set per member cost a large family tens of
 * megabytes and a pointer chase per step. {@code contains} scans a short array and
 * binary-searches a long one.
 */
final class SortedIds extends AbstractSet<String> {
    static final SortedIds EMPTY = new SortedIds(new String[0]);
    /** Up to this many ids a scan beats a binary search (ids compare equal by reference first). */
    private static final int SCAN = 8;
    private final String[] ids;

    private SortedIds(String[] ids) {
        this.ids = ids;
    }

    /** The distinct ids of {@code ids}, sorted. */
    static SortedIds of(Collection<String> ids) {
        if (ids.isEmpty()) {
            return EMPTY;
        }
        String[] sorted = ids.toArray(new String[0]);
        Arrays.sort(sorted);
        int distinct = 0;
        for (String id : sorted) {
            if (distinct == 0 || !sorted[distinct - 1].equals(id)) {
                sorted[distinct++] = id;
            }
        }
        return new SortedIds(distinct == sorted.length ? sorted : Arrays.copyOf(sorted, distinct));
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof String id)) {
            return false;
        }
        if (ids.length <= SCAN) {
            for (String each : ids) {
                if (each.equals(id)) {
                    return true;
                }
            }
            return false;
        }
        return Arrays.binarySearch(ids, id) >= 0;
    }

    @Override
    public int size() {
        return ids.length;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < ids.length;
            }

            @Override
            public String next() {
                if (next >= ids.length) {
                    throw new NoSuchElementException();
                }
                return ids[next++];
            }
        };
    }
}
