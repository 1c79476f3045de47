package org.famstruct.graph;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.famstruct.model.Relationship;

/**
 * One member's dyads: the other member to the relationships between the two, in file order.
 * Most members have a handful of dyads, which a scan of two short arrays finds faster than a
 * hash lookup and with no entry objects; a member in contact with many others (the hub of a
 * large network) gets a hash map once the arrays would grow past {@link #SCAN}, so that
 * building and asking stay linear in the number of dyads.
 */
final class DyadTable {
    static final int SCAN = 8;
    private String[] others = new String[2];
    /** The others' hash codes: a scan compares these before touching another string. */
    private int[] hashes = new int[2];
    @SuppressWarnings("unchecked")
    private List<Relationship>[] lists = new List[2];
    private int size;
    private Map<String, List<Relationship>> many;

    /** The relationships between this member and {@code other}, or null when none. */
    List<Relationship> get(String other) {
        if (many != null) {
            return many.get(other);
        }
        int hash = other.hashCode();
        for (int i = 0; i < size; i++) {
            if (hashes[i] == hash && others[i].equals(other)) {
                return lists[i];
            }
        }
        return null;
    }

    /** Adds a dyad this table does not hold yet. */
    void add(String other, List<Relationship> list) {
        if (many != null) {
            many.put(other, list);
            return;
        }
        if (size == SCAN) {
            many = new HashMap<>();
            for (int i = 0; i < size; i++) {
                many.put(others[i], lists[i]);
            }
            many.put(other, list);
            others = null;
            hashes = null;
            lists = null;
            return;
        }
        if (size == others.length) {
            others = Arrays.copyOf(others, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
            lists = Arrays.copyOf(lists, size * 2);
        }
        others[size] = other;
        hashes[size] = other.hashCode();
        lists[size++] = list;
    }

    int size() {
        return many != null ? many.size() : size;
    }
}
