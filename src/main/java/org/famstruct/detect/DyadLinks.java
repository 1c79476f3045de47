package org.famstruct.detect;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.model.Coalition;
import org.famstruct.model.Relationship;
import org.famstruct.model.RelationshipType;
import org.famstruct.model.Valence;

/**
 * The dyad questions of PATTERNS.md (pos, against, opp, tension, draws, "a has type T toward c") answered with their
 * evidence rather than a yes/no, so every detector cites the same relationships the same way.
 * Built once per family ({@link #of}).
 */
final class DyadLinks {
    private static final Set<RelationshipType> DISTANCE = EnumSet.of(RelationshipType.DISTANT);
    private static final Set<RelationshipType> GO_BETWEEN = EnumSet.of(RelationshipType.GO_BETWEEN);
    /** Mutual types (close, fused) draw nobody: they are bonds, not acts. */
    private static final Set<RelationshipType> DRAWING_ACTS = EnumSet.of(RelationshipType.RECRUITS,
            RelationshipType.CONFIDES_IN, RelationshipType.OVERPROTECTS, RelationshipType.FOCUSED_ON);
    private final FamilyGraph graph;
    /**
     * Coded coalitions that set one member of a pair against the other, by one member then the
     * other (both ways), so a question allocates no key; empty in most families.
     */
    private final Map<String, Map<String, List<Coalition>>> coalitionOpposition = new HashMap<>();

    /** For each member a, the members a draws in (draws(a,c)), for triangulation's candidates. */
    private final Map<String, Set<String>> drawn = new HashMap<>();

    private DyadLinks(FamilyGraph graph) {
        this.graph = graph;
        for (Relationship r : graph.family().relationships()) {
            if (DRAWING_ACTS.contains(r.type())) {
                drawn.computeIfAbsent(r.from(), k -> new TreeSet<>()).add(r.to());
            } else if (r.type() == RelationshipType.GO_BETWEEN) {
                drawn.computeIfAbsent(r.to(), k -> new TreeSet<>()).add(r.from());
            }
        }
        for (Coalition c : graph.family().coalitions()) {
            for (String m : c.members()) {
                for (String t : c.against()) {
                    List<Coalition> list = coalitionOpposition.computeIfAbsent(m, k -> new HashMap<>())
                            .computeIfAbsent(t, k -> new ArrayList<>(1));
                    if (!list.contains(c)) {
                        list.add(c);
                        coalitionOpposition.computeIfAbsent(t, k -> new HashMap<>()).put(m, list);
                    }
                }
            }
        }
    }

    static DyadLinks of(DetectionContext context) {
        return context.shared("dyad-links", () -> new DyadLinks(context.graph()));
    }

    private List<Coalition> coalitionsOpposing(String a, String b) {
        if (coalitionOpposition.isEmpty()) {
            return List.of();
        }
        Map<String, List<Coalition>> ofA = coalitionOpposition.get(a);
        List<Coalition> list = ofA == null ? null : ofA.get(b);
        return list == null ? List.of() : list;
    }

    /** Most questions find nothing: the list is made only for the first piece of evidence. */
    private static List<Evidence> with(List<Evidence> evidence, Evidence found) {
        List<Evidence> list = evidence == null ? new ArrayList<>(2) : evidence;
        list.add(found);
        return list;
    }

    /** opp(a,b): negative relationships between them, and coded coalitions setting one against the other. */
    Link opposed(String a, String b) {
        List<Evidence> evidence = null;
        for (Relationship r : graph.between(a, b)) {
            if (r.type().valence() == Valence.NEGATIVE) {
                evidence = with(evidence, Evidence.of(r));
            }
        }
        for (Coalition c : coalitionsOpposing(a, b)) {
            evidence = with(evidence, Evidence.of(c));
        }
        return evidence == null ? Link.NONE : Link.of(evidence);
    }

    /**
     * against(x,y): x acts against y. Undirected negative relationships between them, directed
     * negative ones from x to y, and coded coalitions with x among the members and y among the
     * targets.
     */
    Link against(String x, String y) {
        List<Evidence> evidence = null;
        for (Relationship r : graph.between(x, y)) {
            if (r.type().valence() == Valence.NEGATIVE && (!r.directed() || r.from().equals(x))) {
                evidence = with(evidence, Evidence.of(r));
            }
        }
        for (Coalition c : coalitionsOpposing(x, y)) {
            if (c.members().contains(x) && c.against().contains(y)) {
                evidence = with(evidence, Evidence.of(c));
            }
        }
        return evidence == null ? Link.NONE : Link.of(evidence);
    }

    /** tension(a,b): opposition either way (covert counts), or distance. */
    Link tension(String a, String b) {
        return opposed(a, b).or(toward(a, b, DISTANCE));
    }

    /** Whether tension(a,b) holds, without gathering its evidence: most pairs a detector walks have none. */
    boolean inTension(String a, String b) {
        for (Relationship r : graph.between(a, b)) {
            if (r.type().valence() == Valence.NEGATIVE || isToward(r, a, DISTANCE)) {
                return true;
            }
        }
        return !coalitionsOpposing(a, b).isEmpty();
    }

    /**
     * draws(a,c): a draws c into a's relations with others. a recruits c, confides in c,
     * overprotects or is focused on c ({@link #acts}); or c is a go-between for a.
     */
    Link draws(String a, String c) {
        return acts(a, c).or(toward(c, a, GO_BETWEEN));
    }

    /** Every c with draws(a,c), sorted. */
    Set<String> drawnBy(String a) {
        return drawn.getOrDefault(a, Set.of());
    }

    /** The part of draws(a,c) that is a's own act (c's being a go-between for a is c's act). */
    Link acts(String a, String c) {
        return toward(a, c, DRAWING_ACTS);
    }

    /** pos(a,b): positive relationships between them. */
    Link positive(String a, String b) {
        List<Evidence> evidence = null;
        for (Relationship r : graph.between(a, b)) {
            if (r.type().valence() == Valence.POSITIVE) {
                evidence = with(evidence, Evidence.of(r));
            }
        }
        return evidence == null ? Link.NONE : Link.of(evidence);
    }

    /** Positive relationships between p and c that are undirected or directed from p: what p brings. */
    Link positiveFrom(String p, String c) {
        List<Evidence> evidence = null;
        for (Relationship r : graph.between(p, c)) {
            if (r.type().valence() == Valence.POSITIVE && (!r.directed() || r.from().equals(p))) {
                evidence = with(evidence, Evidence.of(r));
            }
        }
        return evidence == null ? Link.NONE : Link.of(evidence);
    }

    /** Whether {@link #toward} finds anything, without gathering its evidence. */
    boolean hasToward(String from, String to, Set<RelationshipType> types) {
        for (Relationship r : graph.between(from, to)) {
            if (isToward(r, from, types)) {
                return true;
            }
        }
        return false;
    }

    /** r is of one of the types and is what {@code from} has toward the other: undirected, or directed from it. */
    private static boolean isToward(Relationship r, String from, Set<RelationshipType> types) {
        return types.contains(r.type()) && (!r.directed() || r.from().equals(from));
    }

    /**
     * Relationships of the given types that {@code from} has toward {@code to}: directed types
     * from {@code from} to {@code to}, undirected types either way.
     */
    Link toward(String from, String to, Set<RelationshipType> types) {
        List<Evidence> evidence = null;
        for (Relationship r : graph.between(from, to)) {
            if (isToward(r, from, types)) {
                evidence = with(evidence, Evidence.of(r));
            }
        }
        return evidence == null ? Link.NONE : Link.of(evidence);
    }
}
