package org.famstruct.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.model.Coalition;
import org.famstruct.model.Relationship;
import org.famstruct.model.RelationshipType;
import org.famstruct.model.Valence;

/**
 * The dyad questions of PATTERNS.md (pos, opp, "a has type T toward c") answered with their
 * evidence rather than a yes/no, so every detector cites the same relationships the same way.
 * Built once per family ({@link #of}).
 */
final class DyadLinks {
    private final FamilyGraph graph;
    /** Coded coalitions that set one member of a pair against the other, by pair key. */
    private final Map<String, List<Coalition>> coalitionOpposition = new HashMap<>();

    private DyadLinks(FamilyGraph graph) {
        this.graph = graph;
        for (Coalition c : graph.family().coalitions()) {
            for (String m : c.members()) {
                for (String t : c.against()) {
                    List<Coalition> list = coalitionOpposition.computeIfAbsent(key(m, t), k -> new ArrayList<>(1));
                    if (!list.contains(c)) {
                        list.add(c);
                    }
                }
            }
        }
    }

    static DyadLinks of(DetectionContext context) {
        return context.shared("dyad-links", () -> new DyadLinks(context.graph()));
    }

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }

    /** opp(a,b): negative relationships between them, and coded coalitions setting one against the other. */
    Link opposed(String a, String b) {
        List<Evidence> evidence = new ArrayList<>();
        for (Relationship r : graph.between(a, b)) {
            if (r.type().valence() == Valence.NEGATIVE) {
                evidence.add(Evidence.of(r));
            }
        }
        for (Coalition c : coalitionOpposition.getOrDefault(key(a, b), List.of())) {
            evidence.add(Evidence.of(c));
        }
        return Link.of(evidence);
    }

    /** pos(a,b): positive relationships between them. */
    Link positive(String a, String b) {
        List<Evidence> evidence = new ArrayList<>();
        for (Relationship r : graph.between(a, b)) {
            if (r.type().valence() == Valence.POSITIVE) {
                evidence.add(Evidence.of(r));
            }
        }
        return Link.of(evidence);
    }

    /**
     * Relationships of the given types that {@code from} has toward {@code to}: directed types
     * from {@code from} to {@code to}, undirected types either way.
     */
    Link toward(String from, String to, Set<RelationshipType> types) {
        List<Evidence> evidence = new ArrayList<>();
        for (Relationship r : graph.between(from, to)) {
            if (types.contains(r.type()) && (!r.directed() || r.from().equals(from))) {
                evidence.add(Evidence.of(r));
            }
        }
        return Link.of(evidence);
    }
}
