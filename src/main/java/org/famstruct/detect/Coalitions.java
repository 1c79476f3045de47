package org.famstruct.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.model.Coalition;

/**
 * Every coalition of one family (PATTERNS.md, {@code coalition}), computed once and shared by
 * the two coalition detectors: the coded ones, read without deceased members and pets, and the
 * inferred ones, "pos(a,b) and opp(a,c) and opp(b,c)" grown into connected groups per target.
 * An inferred coalition identical to a coded one is merged into it.
 */
final class Coalitions {
    private final FamilyGraph graph;
    private final DyadLinks links;

    /** A coalition being assembled; evidence grows when an inferred twin is merged. */
    private static final class Draft {
        final List<String> members;
        final List<String> against;
        final Coalition coded;
        final int strength;
        final Set<Evidence> evidence = new LinkedHashSet<>();

        Draft(List<String> members, List<String> against, Coalition coded, int strength, List<Evidence> evidence) {
            this.members = members;
            this.against = against;
            this.coded = coded;
            this.strength = strength;
            this.evidence.addAll(evidence);
        }
    }

    /** pos between two candidates, for the union-find below. */
    private record Edge(int a, int b, Link link) {}

    private Coalitions(DetectionContext context) {
        this.graph = context.graph();
        this.links = DyadLinks.of(context);
    }

    static List<CoalitionFact> of(DetectionContext context) {
        return context.shared("coalitions", () -> new Coalitions(context).compute());
    }

    private List<CoalitionFact> compute() {
        List<Draft> coded = coded();
        Map<List<String>, List<Draft>> codedByMembers = new HashMap<>();
        coded.forEach(d -> codedByMembers.computeIfAbsent(d.members, k -> new ArrayList<>()).add(d));
        List<Draft> inferred = new ArrayList<>();
        for (String target : graph.memberIds()) {
            if (graph.takesPart(target)) {
                for (Draft draft : inferAgainst(target)) {
                    Draft twin = codedByMembers.getOrDefault(draft.members, List.of()).stream()
                            .filter(d -> d.against.contains(target)).findFirst().orElse(null);
                    if (twin != null) {
                        twin.evidence.addAll(draft.evidence);
                    } else {
                        inferred.add(draft);
                    }
                }
            }
        }
        List<CoalitionFact> facts = new ArrayList<>();
        for (Draft d : coded) {
            facts.add(fact(d));
        }
        for (Draft d : inferred) {
            facts.add(fact(d));
        }
        return List.copyOf(facts);
    }

    private CoalitionFact fact(Draft d) {
        List<Evidence> evidence = new ArrayList<>(d.evidence);
        evidence.sort(FindingBuilder.FILE_ORDER);
        return new CoalitionFact(d.members, d.against, d.coded, d.strength, List.copyOf(evidence),
                Generations.crossesGenerations(graph, d.members, d.against));
    }

    /**
     * The coded coalitions, read without deceased members and pets (PATTERNS.md), and without
     * the targets whose executives make up the whole coalition: parents aligned against their
     * own child respect the hierarchy and are no coalition, coded or not.
     */
    private List<Draft> coded() {
        List<Draft> drafts = new ArrayList<>();
        for (Coalition c : graph.family().coalitions()) {
            List<String> members = c.members().stream().filter(graph::takesPart).distinct().sorted().toList();
            List<String> against = c.against().stream().filter(graph::takesPart)
                    .filter(t -> !allExecutivesOf(members, t)).distinct().sorted().toList();
            if (members.size() >= 2 && !against.isEmpty()) {
                drafts.add(new Draft(members, against, c, 3, List.of(Evidence.of(c))));
            }
        }
        return drafts;
    }

    private boolean allExecutivesOf(List<String> members, String target) {
        return members.stream().allMatch(m -> graph.isExecutiveOf(m, target));
    }

    /**
     * The inferred coalitions against one target. Candidates are the members opposed to it;
     * two are linked by pos unless both are its executives; each connected group of two or
     * more is a coalition, unless all its members are the target's executives. The groups are
     * grown strongest link first (Kruskal), so a group's strength is its weakest necessary
     * pos link (the bottleneck of its strongest spanning tree), or a weaker opposition.
     */
    private List<Draft> inferAgainst(String target) {
        List<String> candidates = new ArrayList<>();
        for (String x : graph.neighbours(target)) {
            if (graph.takesPart(x) && graph.opp(x, target)) {
                candidates.add(x);
            }
        }
        if (candidates.size() < 2) {
            return List.of();
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            index.put(candidates.get(i), i);
        }
        List<Edge> edges = linkedPairs(target, candidates, index);
        if (edges.isEmpty()) {
            return List.of();
        }
        edges.sort(Comparator.comparingInt((Edge e) -> -e.link().strength())
                .thenComparingInt(Edge::a).thenComparingInt(Edge::b));
        int n = candidates.size();
        int[] parent = new int[n];
        int[] bottleneck = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            bottleneck[i] = 3;
        }
        for (Edge e : edges) {
            int ra = root(parent, e.a());
            int rb = root(parent, e.b());
            if (ra != rb) {
                parent[rb] = ra;
                bottleneck[ra] = Math.min(Math.min(bottleneck[ra], bottleneck[rb]), e.link().strength());
            }
        }
        Map<Integer, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<Draft> drafts = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> group : groups.entrySet()) {
            if (group.getValue().size() < 2) {
                continue;
            }
            List<String> members = group.getValue().stream().map(candidates::get).sorted().toList();
            if (allExecutivesOf(members, target)) {
                continue;
            }
            int strength = bottleneck[group.getKey()];
            Set<Evidence> evidence = new LinkedHashSet<>();
            for (String m : members) {
                Link opposed = links.opposed(m, target);
                strength = Math.min(strength, opposed.strength());
                evidence.addAll(opposed.evidence());
            }
            for (Edge e : edges) {
                if (root(parent, e.a()) == group.getKey()) {
                    evidence.addAll(e.link().evidence());
                }
            }
            drafts.add(new Draft(members, List.of(target), null, strength, new ArrayList<>(evidence)));
        }
        return drafts;
    }

    /** The pos links among the candidates, each pair once, walking the smaller side. */
    private List<Edge> linkedPairs(String target, List<String> candidates, Map<String, Integer> index) {
        List<Edge> edges = new ArrayList<>();
        for (String x : candidates) {
            Set<String> near = graph.neighbours(x);
            Iterable<String> others = near.size() < candidates.size() ? near : candidates;
            for (String y : others) {
                if (x.compareTo(y) >= 0 || !index.containsKey(y) || !near.contains(y)) {
                    continue;
                }
                if (graph.isExecutiveOf(x, target) && graph.isExecutiveOf(y, target)) {
                    continue;
                }
                Link pos = links.positive(x, y);
                if (pos.holds()) {
                    edges.add(new Edge(index.get(x), index.get(y), pos));
                }
            }
        }
        return edges;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** A coalition holds for every triad of two of its members and one target. */
    static void claim(DetectionContext context, CoalitionFact fact) {
        for (int i = 0; i < fact.members().size(); i++) {
            for (int j = i + 1; j < fact.members().size(); j++) {
                for (String t : fact.against()) {
                    context.claimTriad(fact.members().get(i), fact.members().get(j), t);
                }
            }
        }
    }

    /** The attributes both coalition patterns share: whether it was coded, and who led it. */
    static FindingBuilder finding(String pattern, CoalitionFact fact) {
        FindingBuilder b = new FindingBuilder(pattern)
                .role("members", fact.members())
                .role("against", fact.against())
                .attribute("coded", fact.coded() != null)
                .strength(fact.strength())
                .evidence(fact.evidence());
        if (fact.coded() != null && fact.coded().initiator() != null
                && fact.members().contains(fact.coded().initiator())) {
            b.attribute("initiator", fact.coded().initiator());
        }
        return b;
    }
}
