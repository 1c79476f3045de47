package org.famstruct.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.famstruct.model.Member;

/**
 * executives(x) of PATTERNS.md: x's parents (which the graph adds), plus every member one or
 * more generations above x whose {@code executive} covers x. {@code executive: true} covers
 * the younger members connected to that member through parent and union links; a list covers
 * just those listed.
 */
final class ExecutiveScope {
    private final FamilyGraph graph;

    ExecutiveScope(FamilyGraph graph) {
        this.graph = graph;
    }

    /**
     * Adds to {@code executives}, for each member, the older members whose {@code executive} covers
     * them (the parents are not added: every child has them).
     */
    void fill(Map<String, List<String>> executives) {
        for (String id : graph.memberIds()) {
            Member member = graph.member(id);
            if (member.executive().isNone()) {
                continue;
            }
            Iterable<String> covered = member.executive().all() ? kin(id) : member.executive().over();
            for (String child : covered) {
                if (graph.isOlder(id, child)) {
                    executives.computeIfAbsent(child, k -> new ArrayList<>(2)).add(id);
                }
            }
        }
    }

    /** Everyone connected to {@code start} through parent and union links (any status). */
    private Set<String> kin(String start) {
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        seen.add(start);
        while (!queue.isEmpty()) {
            String m = queue.poll();
            for (String next : linked(m)) {
                if (seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return seen;
    }

    private Set<String> linked(String id) {
        Set<String> linked = new HashSet<>(graph.parents(id));
        linked.addAll(graph.children(id));
        linked.addAll(graph.everPartners(id));
        return linked;
    }
}
