package org.famstruct.detect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The maximal cliques of a group of coalition candidates: the sets in which every two members
 * are linked (PATTERNS.md: a group with two opposed members falls apart into them). Found by
 * Bron and Kerbosch's algorithm with Tomita's pivot, on sorted sets so the order is the same on
 * every run, and stopped after a bound: a group of many mutually linked members can have
 * exponentially many cliques.
 *
 * @param found     the maximal cliques of two or more members, each sorted, in the order found
 * @param uncovered when the bound stopped the search, the members in no clique found (else empty)
 */
record Cliques(List<List<Integer>> found, List<Integer> uncovered) {

    static Cliques of(Collection<Integer> group, List<Coalitions.Edge> edges, int bound) {
        Map<Integer, TreeSet<Integer>> adjacent = new HashMap<>();
        group.forEach(v -> adjacent.put(v, new TreeSet<>()));
        for (Coalitions.Edge e : edges) {
            if (adjacent.containsKey(e.a()) && adjacent.containsKey(e.b())) {
                adjacent.get(e.a()).add(e.b());
                adjacent.get(e.b()).add(e.a());
            }
        }
        Search search = new Search(adjacent, bound);
        search.expand(new ArrayList<>(), new TreeSet<>(group), new TreeSet<>());
        List<Integer> uncovered = new ArrayList<>();
        if (search.stopped) {
            TreeSet<Integer> covered = new TreeSet<>();
            search.found.forEach(covered::addAll);
            for (Integer v : new TreeSet<>(group)) {
                if (!covered.contains(v)) {
                    uncovered.add(v);
                }
            }
        }
        return new Cliques(List.copyOf(search.found), List.copyOf(uncovered));
    }

    private static final class Search {
        final Map<Integer, TreeSet<Integer>> adjacent;
        final int bound;
        final List<List<Integer>> found = new ArrayList<>();
        boolean stopped;

        Search(Map<Integer, TreeSet<Integer>> adjacent, int bound) {
            this.adjacent = adjacent;
            this.bound = bound;
        }

        /** R: the clique so far; P: who may still join it; X: who would join it but was tried already. */
        void expand(List<Integer> r, TreeSet<Integer> p, TreeSet<Integer> x) {
            if (stopped) {
                return;
            }
            if (p.isEmpty() && x.isEmpty()) {
                if (r.size() >= 2) {
                    found.add(r.stream().sorted().toList());
                    stopped = found.size() >= bound;
                }
                return;
            }
            Integer pivot = pivot(p, x);
            for (Integer v : new ArrayList<>(p)) {
                if (adjacent.get(pivot).contains(v)) {
                    continue;
                }
                List<Integer> withV = new ArrayList<>(r);
                withV.add(v);
                expand(withV, intersect(p, adjacent.get(v)), intersect(x, adjacent.get(v)));
                if (stopped) {
                    return;
                }
                p.remove(v);
                x.add(v);
            }
        }

        /** The member of P or X with the most neighbours in P (the first such, for a stable order). */
        private Integer pivot(TreeSet<Integer> p, TreeSet<Integer> x) {
            Integer best = null;
            int most = -1;
            for (TreeSet<Integer> side : List.of(p, x)) {
                for (Integer u : side) {
                    int n = intersect(p, adjacent.get(u)).size();
                    if (n > most) {
                        most = n;
                        best = u;
                    }
                }
            }
            return best;
        }

        private static TreeSet<Integer> intersect(TreeSet<Integer> a, TreeSet<Integer> b) {
            TreeSet<Integer> both = new TreeSet<>();
            for (Integer v : a.size() <= b.size() ? a : b) {
                if ((a.size() <= b.size() ? b : a).contains(v)) {
                    both.add(v);
                }
            }
            return both;
        }
    }
}
