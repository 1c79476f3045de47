package org.famstruct.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
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
 *
 * <p>Everything the graph knows of a member sits in one {@link Node}, so a question costs one
 * lookup by id (the detectors ask millions on a large family); the ids it hands out (sets,
 * lists, dyads) are the members' own id strings, so the lookups that follow compare by
 * reference. Collections are wrapped once when built, not per question.
 */
public final class FamilyGraph {
    private final Family family;
    private final Map<String, Node> nodes;
    private final boolean coalitionsCoded;
    private final List<List<String>> relationshipDyads;
    private final List<List<String>> participantDyads;
    private final int generationCount;

    /**
     * What the graph knows of one member; mutable only while the graph is being built. A
     * collection is made only for a member who has something to put in it (a million members
     * mostly have no partner, no charge, a few dyads), and the lists used only while building
     * are dropped at the end.
     */
    private static final class Node {
        final String id;
        final Member member;
        /** {@link GenerationInference#UNKNOWN} when not decided. */
        int generation = GenerationInference.UNKNOWN;
        /** The member's place among the ids in sorted order: dyads sort on two ints, not two strings. */
        int rank;
        /** Null until the member's first dyad. */
        DyadTable dyads;
        List<String> parents = List.of();
        List<String> children = List.of();
        List<String> partnersFound;
        List<String> everPartnersFound;
        Set<String> partners = Set.of();
        Set<String> everPartners = Set.of();
        Set<String> executives = Set.of();
        List<String> chargesFound;
        Set<String> charges = SortedIds.EMPTY;
        List<String> near;
        Set<String> neighbours = SortedIds.EMPTY;
        /** Targets of the coded coalitions this member belongs to: the member acts against them. */
        Set<String> coalitionTargets = Set.of();

        Node(String id, Member member) {
            this.id = id;
            this.member = member;
        }

        void addChild(String child) {
            if (children.isEmpty()) {
                children = new ArrayList<>(3);
            }
            children.add(child);
        }

        void addPartner(String other, boolean current) {
            if (everPartnersFound == null) {
                everPartnersFound = new ArrayList<>(2);
            }
            everPartnersFound.add(other);
            if (current) {
                if (partnersFound == null) {
                    partnersFound = new ArrayList<>(2);
                }
                partnersFound.add(other);
            }
        }

        void addNear(String other) {
            if (near == null) {
                near = new ArrayList<>(4);
            }
            near.add(other);
        }

        void addCharge(String child) {
            if (chargesFound == null) {
                chargesFound = new ArrayList<>(3);
            }
            chargesFound.add(child);
        }

        List<Relationship> dyad(String other) {
            return dyads == null ? null : dyads.get(other);
        }

        /** Once every union, relationship and coalition is in: what was collected becomes what the graph hands out. */
        void freezeLinks() {
            if (!children.isEmpty()) {
                children = Collections.unmodifiableList(children);
            }
            partners = idSet(partnersFound);
            everPartners = idSet(everPartnersFound);
            partnersFound = null;
            everPartnersFound = null;
            if (near != null) {
                neighbours = SortedIds.of(near);
                near = null;
            }
        }

        /** None, one (most members), or a few, sorted: no hash set per member. */
        private static Set<String> idSet(List<String> ids) {
            if (ids == null) {
                return Set.of();
            }
            return ids.size() == 1 ? Set.of(ids.get(0)) : SortedIds.of(ids);
        }

        void addDyad(String other, List<Relationship> list) {
            if (dyads == null) {
                dyads = new DyadTable();
            }
            dyads.add(other, list);
        }
    }

    private FamilyGraph(Family family, Supplier<int[]> generations) {
        this.family = family;
        int size = family.members().size();
        this.nodes = new HashMap<>(Math.max(16, size * 4 / 3 + 1));
        Node[] inFileOrder = new Node[size];
        for (Member member : family.members().values()) {
            Node node = new Node(member.id(), member);
            inFileOrder[nodes.size()] = node;
            nodes.put(member.id(), node);
        }
        Node[] sorted = ranked(inFileOrder);
        Lineage.parents(family).forEach((child, list) -> {
            List<String> parents = new ArrayList<>(list.size());
            for (String p : list) {
                Node parent = node(p);
                parents.add(parent.id);
                parent.addChild(node(child).id);
            }
            node(child).parents = Collections.unmodifiableList(parents);
        });
        for (Union union : family.unions()) {
            Node a = node(union.partners().get(0));
            Node b = node(union.partners().get(1));
            a.addPartner(b.id, union.status().isCurrent());
            b.addPartner(a.id, union.status().isCurrent());
        }
        // Each dyad as its two ranks in one long, smaller first: sorting these orders the dyads
        // by their ids without comparing a string.
        long[] dyads = new long[16];
        int dyadCount = 0;
        for (Relationship r : family.relationships()) {
            Node from = node(r.from());
            Node to = node(r.to());
            List<Relationship> list = from.dyad(to.id);
            if (list == null) {
                list = new ArrayList<>(2);
                from.addDyad(to.id, list);
                if (to != from) {
                    to.addDyad(from.id, list);
                }
                if (dyadCount == dyads.length) {
                    dyads = Arrays.copyOf(dyads, dyadCount * 2);
                }
                dyads[dyadCount++] = ((long) Math.min(from.rank, to.rank) << 32) | Math.max(from.rank, to.rank);
                link(from, to);
            }
            list.add(r);
        }
        boolean coded = false;
        for (Coalition c : family.coalitions()) {
            for (String m : c.members()) {
                Node member = node(m);
                for (String t : c.against()) {
                    Node target = node(t);
                    if (member.coalitionTargets.isEmpty()) {
                        member.coalitionTargets = new HashSet<>(2);
                    }
                    member.coalitionTargets.add(target.id);
                    link(member, target);
                    coded = true;
                }
            }
        }
        this.coalitionsCoded = coded;
        Arrays.sort(dyads, 0, dyadCount);
        List<List<String>> pairs = new ArrayList<>(dyadCount);
        List<List<String>> taking = new ArrayList<>(dyadCount);
        for (int i = 0; i < dyadCount; i++) {
            Node a = sorted[(int) (dyads[i] >>> 32)];
            Node b = sorted[(int) dyads[i]];
            List<String> pair = List.of(a.id, b.id);
            pairs.add(pair);
            if (a.member.takesPart() && b.member.takesPart()) {
                taking.add(pair);
            }
        }
        this.relationshipDyads = Collections.unmodifiableList(pairs);
        this.participantDyads = Collections.unmodifiableList(taking);
        for (Node n : inFileOrder) {
            n.freezeLinks();
        }
        // What follows needs the generations (an executive is older than those they cover).
        int[] generation = generations.get();
        Set<Integer> distinct = new HashSet<>();
        for (int i = 0; i < size; i++) {
            inFileOrder[i].generation = generation[i];
            if (generation[i] != GenerationInference.UNKNOWN) {
                distinct.add(generation[i]);
            }
        }
        this.generationCount = distinct.size();
        fillExecutives(inFileOrder);
    }

    /** The nodes in the order of their ids, each given its place in it ({@link Node#rank}). */
    private static Node[] ranked(Node[] nodes) {
        Node[] sorted = nodes.clone();
        Arrays.sort(sorted, (a, b) -> a.id.compareTo(b.id));
        for (int r = 0; r < sorted.length; r++) {
            sorted[r].rank = r;
        }
        return sorted;
    }

    /** Each child's executives (its parents, and those an {@code executive:} covers), and each executive's charges. */
    private void fillExecutives(Node[] nodes) {
        Map<String, List<String>> covered = new HashMap<>();
        new ExecutiveScope(this).fill(covered);
        for (Node c : nodes) {
            List<String> more = covered.get(c.id);
            if (c.parents.isEmpty() && more == null) {
                continue;
            }
            List<String> all = new ArrayList<>(c.parents);
            if (more != null) {
                all.addAll(more);
            }
            c.executives = SortedIds.of(all);
            for (String p : c.executives) {
                node(p).addCharge(c.id);
            }
        }
        for (Node n : nodes) {
            if (n.chargesFound != null) {
                n.charges = SortedIds.of(n.chargesFound);
                n.chargesFound = null;
            }
        }
    }

    /**
     * Builds the graph; generation contradictions and ancestry cycles are added to
     * {@code problems}, and a graph is returned either way (with those generations unknown).
     */
    public static FamilyGraph build(Family family, List<Diagnostic> problems) {
        return build(family, problems, Beside.LARGE_FROM);
    }

    /**
     * As above; from {@code parallelFrom} members plus relationships on (tests choose it), the
     * generations are inferred on a thread of their own while the rest of the graph is built.
     */
    static FamilyGraph build(Family family, List<Diagnostic> problems, int parallelFrom) {
        Map<String, Integer> index = new HashMap<>(Math.max(16, family.members().size() * 4 / 3 + 1));
        for (String id : family.members().keySet()) {
            index.put(id, index.size());
        }
        if (Beside.entries(family) < parallelFrom) {
            return new FamilyGraph(family, () -> GenerationInference.infer(family, index, problems));
        }
        List<Diagnostic> found = new ArrayList<>();
        CompletableFuture<int[]> generations = Beside.start("famstruct-generations",
                () -> GenerationInference.infer(family, index, found));
        FamilyGraph graph = new FamilyGraph(family, () -> Beside.join(generations));
        problems.addAll(found);
        return graph;
    }

    /** The node of {@code id}; an id that names no member (never so in a loaded case) fails here. */
    private Node node(String id) {
        Node node = nodes.get(id);
        if (node == null) {
            throw new IllegalArgumentException("no member '" + id + "' in the family");
        }
        return node;
    }

    private static void link(Node a, Node b) {
        a.addNear(b.id);
        b.addNear(a.id);
    }

    public Family family() {
        return family;
    }

    public Member member(String id) {
        Node node = nodes.get(id);
        return node == null ? null : node.member;
    }

    public Iterable<String> memberIds() {
        return family.members().keySet();
    }

    /** Deceased members and pets take part in no finding. */
    public boolean takesPart(String id) {
        return node(id).member.takesPart();
    }

    /** The generation (0 = oldest), or null when it could not be decided. */
    public Integer generation(String id) {
        int g = node(id).generation;
        return g == GenerationInference.UNKNOWN ? null : g;
    }

    /** The number of distinct known generations. */
    public int generationCount() {
        return generationCount;
    }

    /** True when both generations are known and {@code a} is strictly older. */
    public boolean isOlder(String a, String b) {
        int ga = node(a).generation;
        int gb = node(b).generation;
        return ga != GenerationInference.UNKNOWN && gb != GenerationInference.UNKNOWN && ga < gb;
    }

    public List<String> parents(String id) {
        Node node = nodes.get(id);
        return node == null ? List.of() : node.parents;
    }

    public List<String> children(String id) {
        Node node = nodes.get(id);
        return node == null ? List.of() : node.children;
    }

    /** Members sharing a current (not divorced or widowed) union with {@code id}. */
    public Set<String> partners(String id) {
        Node node = nodes.get(id);
        return node == null ? Set.of() : node.partners;
    }

    /** Members sharing any union with {@code id}, whatever its status. */
    Set<String> everPartners(String id) {
        Node node = nodes.get(id);
        return node == null ? Set.of() : node.everPartners;
    }

    /** Parents, plus older members whose {@code executive} covers {@code id}, sorted. */
    public Set<String> executives(String id) {
        Node node = nodes.get(id);
        return node == null ? Set.of() : node.executives;
    }

    /** The members {@code id} is an executive of (their children, and those their {@code executive} covers), sorted. */
    public Set<String> charges(String id) {
        Node node = nodes.get(id);
        return node == null ? Set.of() : node.charges;
    }

    public boolean isExecutiveOf(String p, String c) {
        return executives(c).contains(p);
    }

    /** Siblings in the sense of PATTERNS.md: a and b share a parent. */
    public boolean areSiblings(String a, String b) {
        List<String> parentsOfB = parents(b);
        if (parentsOfB.isEmpty()) {
            return false;
        }
        for (String p : parents(a)) {
            if (parentsOfB.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** a is a parent of b, or b of a. */
    public boolean areParentAndChild(String a, String b) {
        return parents(a).contains(b) || parents(b).contains(a);
    }

    /** Members linked to {@code id} by a relationship or a coded coalition, sorted. */
    public Set<String> neighbours(String id) {
        Node node = nodes.get(id);
        return node == null ? Set.of() : node.neighbours;
    }

    /** Every relationship between a and b, either direction, in file order. */
    public List<Relationship> between(String a, String b) {
        Node node = nodes.get(a);
        List<Relationship> list = node == null ? null : node.dyad(b);
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
        return actsAgainst(x, y);
    }

    /** x is in a coded coalition against y. */
    private boolean actsAgainst(String x, String y) {
        if (!coalitionsCoded) {
            return false;
        }
        Node node = nodes.get(x);
        return node != null && node.coalitionTargets.contains(y);
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
        return actsAgainst(a, b) || actsAgainst(b, a);
    }

    /** Every dyad with at least one relationship, as sorted [a, b] pairs, in a stable order. */
    public List<List<String>> relationshipDyads() {
        return relationshipDyads;
    }

    /**
     * The {@link #relationshipDyads} whose two members take part ({@link #takesPart}), in the
     * same order: several detectors and the measures walk them, and picking them once saves
     * two lookups per dyad each time.
     */
    public List<List<String>> participantDyads() {
        return participantDyads;
    }
}
