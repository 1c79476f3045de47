package org.famstruct.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.famstruct.model.Coalition;
import org.famstruct.model.Diagnostic;
import org.famstruct.model.Family;
import org.famstruct.model.Lineage;
import org.famstruct.model.Member;
import org.famstruct.model.Relationship;
import org.famstruct.model.RelationshipType;
import org.famstruct.model.Union;
import org.famstruct.model.Valence;

/**
 * The family as the detectors see it: generations, parents, partners, executives, siblings,
 * and a dyad index that answers the pos / opp / bond questions of PATTERNS.md in constant time.
 * Immutable once built, so detectors may share it across threads.
 */
public final class FamilyGraph {
    private final Family family;
    private final Map<String, Integer> index;
    private final int[] generation;
    private final Map<String, List<String>> parents;
    private final Map<String, List<String>> children = new HashMap<>();
    private final Map<String, Set<String>> partners = new HashMap<>();
    private final Map<String, Set<String>> everPartners = new HashMap<>();
    private final Map<String, Set<String>> executives = new HashMap<>();
    /** The reverse of {@link #executives}: whom each member is an executive of. */
    private final Map<String, Set<String>> charges = new HashMap<>();
    private final Map<Dyad, List<Relationship>> dyads = new HashMap<>();
    /**
     * The same lists by member, then by the other member: {@link #between} is the detectors'
     * hottest question, and this answers it without allocating a key per call.
     */
    private final Map<String, Map<String, List<Relationship>>> byMember = new HashMap<>();
    /** (member, target) of every coded coalition: the member acts against the target. */
    private final Set<Dyad> coalitionArcs = new HashSet<>();
    private final List<List<String>> relationshipDyads;
    private final Map<String, Set<String>> neighbours = new HashMap<>();

    private FamilyGraph(Family family, Map<String, Integer> index, int[] generation) {
        this.family = family;
        this.index = index;
        this.generation = generation;
        this.parents = Lineage.parents(family);
        parents.forEach((child, list) -> list.forEach(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(child)));
        for (Union union : family.unions()) {
            String a = union.partners().get(0);
            String b = union.partners().get(1);
            everPartners.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(b);
            everPartners.computeIfAbsent(b, k -> new LinkedHashSet<>()).add(a);
            if (union.status().isCurrent()) {
                partners.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(b);
                partners.computeIfAbsent(b, k -> new LinkedHashSet<>()).add(a);
            }
        }
        for (Relationship r : family.relationships()) {
            List<Relationship> list = dyads.computeIfAbsent(key(r.from(), r.to()), k -> new ArrayList<>(2));
            if (list.isEmpty()) {
                byMember.computeIfAbsent(r.from(), k -> new HashMap<>()).put(r.to(), list);
                byMember.computeIfAbsent(r.to(), k -> new HashMap<>()).put(r.from(), list);
            }
            list.add(r);
            link(r.from(), r.to());
        }
        for (Coalition c : family.coalitions()) {
            for (String m : c.members()) {
                for (String t : c.against()) {
                    coalitionArcs.add(new Dyad(m, t));
                    link(m, t);
                }
            }
        }
        this.relationshipDyads = dyads.keySet().stream()
                .sorted(java.util.Comparator.comparing(Dyad::a).thenComparing(Dyad::b))
                .map(Dyad::ids).toList();
        new ExecutiveScope(this).fill(executives);
        executives.forEach((child, list) -> list.forEach(p -> charges.computeIfAbsent(p, k -> new TreeSet<>()).add(child)));
    }

    /**
     * Builds the graph; generation contradictions and ancestry cycles are added to
     * {@code problems}, and a graph is returned either way (with those generations unknown).
     */
    public static FamilyGraph build(Family family, List<Diagnostic> problems) {
        Map<String, Integer> index = new HashMap<>();
        for (String id : family.members().keySet()) {
            index.put(id, index.size());
        }
        int[] generation = GenerationInference.infer(family, index, problems);
        return new FamilyGraph(family, index, generation);
    }

    private void link(String a, String b) {
        neighbours.computeIfAbsent(a, k -> new TreeSet<>()).add(b);
        neighbours.computeIfAbsent(b, k -> new TreeSet<>()).add(a);
    }

    /** Two member ids: the dyad index keys them sorted ({@link #key}), the coalition arcs as (member, target). */
    private record Dyad(String a, String b) {
        List<String> ids() {
            return List.of(a, b);
        }
    }

    private static Dyad key(String a, String b) {
        return a.compareTo(b) < 0 ? new Dyad(a, b) : new Dyad(b, a);
    }

    public Family family() {
        return family;
    }

    public Member member(String id) {
        return family.member(id);
    }

    public Iterable<String> memberIds() {
        return family.members().keySet();
    }

    /** Deceased members and pets take part in no finding. */
    public boolean takesPart(String id) {
        return member(id).takesPart();
    }

    /** The generation (0 = oldest), or null when it could not be decided. */
    public Integer generation(String id) {
        int g = generation[index.get(id)];
        return g == GenerationInference.UNKNOWN ? null : g;
    }

    /** The number of distinct known generations. */
    public int generationCount() {
        Set<Integer> distinct = new HashSet<>();
        for (int g : generation) {
            if (g != GenerationInference.UNKNOWN) {
                distinct.add(g);
            }
        }
        return distinct.size();
    }

    /** True when both generations are known and {@code a} is strictly older. */
    public boolean isOlder(String a, String b) {
        Integer ga = generation(a);
        Integer gb = generation(b);
        return ga != null && gb != null && ga < gb;
    }

    public List<String> parents(String id) {
        return Collections.unmodifiableList(parents.getOrDefault(id, List.of()));
    }

    public List<String> children(String id) {
        return Collections.unmodifiableList(children.getOrDefault(id, List.of()));
    }

    /** Members sharing a current (not divorced or widowed) union with {@code id}. */
    public Set<String> partners(String id) {
        return Collections.unmodifiableSet(partners.getOrDefault(id, Set.of()));
    }

    /** Members sharing any union with {@code id}, whatever its status. */
    Set<String> everPartners(String id) {
        return everPartners.getOrDefault(id, Set.of());
    }

    /** Parents, plus older members whose {@code executive} covers {@code id}. */
    public Set<String> executives(String id) {
        return Collections.unmodifiableSet(executives.getOrDefault(id, Set.of()));
    }

    /** The members {@code id} is an executive of (their children, and those their {@code executive} covers), sorted. */
    public Set<String> charges(String id) {
        return Collections.unmodifiableSet(charges.getOrDefault(id, Set.of()));
    }

    public boolean isExecutiveOf(String p, String c) {
        return executives(c).contains(p);
    }

    /** Siblings in the sense of PATTERNS.md: a and b share a parent. */
    public boolean areSiblings(String a, String b) {
        List<String> parentsOfB = parents(b);
        return parents(a).stream().anyMatch(parentsOfB::contains);
    }

    /** a is a parent of b, or b of a. */
    public boolean areParentAndChild(String a, String b) {
        return parents(a).contains(b) || parents(b).contains(a);
    }

    /** Members linked to {@code id} by a relationship or a coded coalition, sorted. */
    public Set<String> neighbours(String id) {
        return Collections.unmodifiableSet(neighbours.getOrDefault(id, Set.of()));
    }

    /** Every relationship between a and b, either direction, in file order. */
    public List<Relationship> between(String a, String b) {
        Map<String, List<Relationship>> ofA = byMember.get(a);
        List<Relationship> list = ofA == null ? null : ofA.get(b);
        return list == null ? List.of() : list;
    }

    /** Relationships of {@code type} from a to b (for undirected types, either way). */
    public List<Relationship> directed(String from, String to, RelationshipType type) {
        List<Relationship> found = new ArrayList<>(1);
        for (Relationship r : between(from, to)) {
            if (r.type() == type && (!type.directed() || r.from().equals(from))) {
                found.add(r);
            }
        }
        return found;
    }

    /**
     * against(x,y) of PATTERNS.md: x acts against y. An undirected negative relationship between
     * them, a directed negative one from x to y, or a coded coalition with x among its members
     * and y among its targets. Being blamed, or being a coalition's target, is acting against
     * nobody.
     */
    public boolean against(String x, String y) {
        for (Relationship r : between(x, y)) {
            if (r.type().valence() == Valence.NEGATIVE && (!r.directed() || r.from().equals(x))) {
                return true;
            }
        }
        return coalitionArcs.contains(new Dyad(x, y));
    }

    /** Kin in the sense of triangulation: parent or executive, child, partner (any union), sibling. */
    public boolean areKin(String a, String b) {
        return areParentAndChild(a, b) || isExecutiveOf(a, b) || isExecutiveOf(b, a)
                || everPartners(a).contains(b) || areSiblings(a, b);
    }

    /** pos(a,b): some relationship of positive valence links a and b. */
    public boolean pos(String a, String b) {
        for (Relationship r : between(a, b)) {
            if (r.type().valence() == Valence.POSITIVE) {
                return true;
            }
        }
        return false;
    }

    /** opp(a,b): against(a,b) or against(b,a): a negative relationship links them, or a coded coalition sets one against the other. */
    public boolean opp(String a, String b) {
        for (Relationship r : between(a, b)) {
            if (r.type().valence() == Valence.NEGATIVE) {
                return true;
            }
        }
        return coalitionArcs.contains(new Dyad(a, b)) || coalitionArcs.contains(new Dyad(b, a));
    }

    /** Every dyad with at least one relationship, as sorted [a, b] pairs, in a stable order. */
    public List<List<String>> relationshipDyads() {
        return relationshipDyads;
    }
}
