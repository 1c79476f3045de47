package org.famstruct.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.model.Coalition;
import org.famstruct.model.Pattern;

/**
 * Every coalition of one family (PATTERNS.md, {@code coalition}), computed once and shared by
 * the two coalition detectors: the coded ones, read without deceased members and pets, and the
 * inferred ones, "pos(a,b) and against(a,c) and against(b,c)" grown into connected groups per
 * target and split where members oppose each other. An inferred coalition whose members all
 * belong to a coded one against the same target is merged into it.
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
        final List<String> notes = new ArrayList<>();

        Draft(List<String> members, List<String> against, Coalition coded, int strength, List<Evidence> evidence) {
            this.members = members;
            this.against = against;
            this.coded = coded;
            this.strength = strength;
            this.evidence.addAll(evidence);
        }
    }

    /** pos between two candidates (indexes into the target's candidate list). */
    record Edge(int a, int b, Link link) {}

    /** After this many cliques for one target the rest of a group is reported as it is (PATTERNS.md). */
    static final int MAX_CLIQUES = 1000;

    private Coalitions(DetectionContext context) {
        this.graph = context.graph();
        this.links = DyadLinks.of(context);
    }

    static List<CoalitionFact> of(DetectionContext context) {
        return context.shared("coalitions", () -> new Coalitions(context).compute());
    }

    private List<CoalitionFact> compute() {
        List<Draft> coded = coded();
        List<Draft> inferred = new ArrayList<>();
        for (String target : graph.memberIds()) {
            if (graph.takesPart(target)) {
                for (Draft draft : inferAgainst(target)) {
                    // Inferred members who all belong to a coded coalition against the same target
                    // are that coalition seen again: its relationships join the coded one's evidence.
                    Draft twin = coded.stream()
                            .filter(d -> d.against.contains(target) && d.members.containsAll(draft.members))
                            .findFirst().orElse(null);
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
                Generations.crossesGenerations(graph, d.members, d.against), List.copyOf(d.notes));
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
     * The inferred coalitions against one target. Candidates are the members who act against
     * it; two are linked by pos, unless opp holds between them or both are its executives. Each
     * connected group of two or more is one coalition, unless all its members are the target's
     * executives; a group in which two members oppose each other is no joint action and falls
     * apart into its maximal cliques ({@link Cliques}).
     */
    private List<Draft> inferAgainst(String target) {
        List<String> candidates = candidates(target);
        if (candidates.size() < 2) {
            return List.of();
        }
        Map<String, Integer> index = indexOf(candidates);
        List<Edge> edges = linkedPairs(target, candidates, index);
        if (edges.isEmpty()) {
            return List.of();
        }
        Map<Integer, List<Integer>> groups = groups(candidates.size(), edges);
        List<Draft> drafts = new ArrayList<>();
        for (List<Integer> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            List<String> members = group.stream().map(candidates::get).sorted().toList();
            if (!hasOpposedPair(members)) {
                addDraft(drafts, members, target, edges, index, null);
                continue;
            }
            Cliques cliques = Cliques.of(group, edges, MAX_CLIQUES);
            for (List<Integer> clique : cliques.found()) {
                addDraft(drafts, clique.stream().map(candidates::get).sorted().toList(), target, edges, index, null);
            }
            List<String> rest = cliques.uncovered().stream().map(candidates::get).sorted().toList();
            if (rest.size() >= 2) {
                addDraft(drafts, rest, target, edges, index, "more than " + MAX_CLIQUES + " coalitions against "
                        + Names.of(graph, target) + ": the members not yet placed are reported as one group, "
                        + "although some of them oppose each other");
            }
        }
        drafts.sort(Comparator.comparing((Draft d) -> String.join("\u0000", d.members)));
        return drafts;
    }

    /** The members who act against the target, in neighbour order. */
    private List<String> candidates(String target) {
        List<String> candidates = new ArrayList<>();
        for (String x : graph.neighbours(target)) {
            if (graph.takesPart(x) && graph.against(x, target)) {
                candidates.add(x);
            }
        }
        return candidates;
    }

    private static Map<String, Integer> indexOf(List<String> candidates) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            index.put(candidates.get(i), i);
        }
        return index;
    }

    /** The connected groups of candidates (indexes), by root, through the linked pairs. */
    private static Map<Integer, List<Integer>> groups(int n, List<Edge> edges) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (Edge e : edges) {
            int ra = root(parent, e.a());
            int rb = root(parent, e.b());
            if (ra != rb) {
                parent[rb] = ra;
            }
        }
        Map<Integer, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(i);
        }
        return groups;
    }

    /**
     * Why the query's members are or are not joined against its targets as {@code pattern}.
     * The coalitions analyze finds decide ({@link #of}); the steps say why, through the same
     * pieces {@link #inferAgainst} builds them from: a coded coalition that holds them, or each
     * member acting against the target, their group of linked members, its split into cliques;
     * then {@code generations}, the condition that tells the two coalition patterns apart.
     * Holds exactly when a coalition contains the members and targets and passes it.
     */
    static Explanation explain(Pattern pattern, DetectionContext context, ExplainQuery query,
            Predicate<Decision> generations, String generationsText, Function<CoalitionFact, Finding> finding) {
        String usage = "--members A,B[,...] --against C: two or more members joined against C";
        query.need(pattern, -1, 0, -1, usage);
        List<String> members = query.members().stream().distinct().sorted().toList();
        List<String> against = query.against().stream().distinct().sorted().toList();
        if (members.size() < 2) {
            throw new ExplainQuery.Incomplete(pattern.id() + " is explained for " + usage);
        }
        FamilyGraph graph = context.graph();
        Trace why = Trace.recording(graph);
        String who = Names.list(graph, members);
        String whom = Names.list(graph, against);
        boolean takePart = members.stream().allMatch(graph::takesPart) && against.stream().allMatch(graph::takesPart);
        List<String> everyone = new ArrayList<>(members);
        everyone.addAll(against);
        why.check(takePart, Names.list(graph, everyone) + " take part (living, not pets)");
        // The coalition that holds them as this pattern, exactly them first, else any that holds
        // them (to say why not).
        List<CoalitionFact> holding = of(context).stream()
                .filter(f -> f.members().containsAll(members) && f.against().containsAll(against)).toList();
        CoalitionFact fact = holding.stream()
                .sorted(Comparator.comparing((CoalitionFact f) -> !generations.test(f.crossesGenerations()))
                        .thenComparing(f -> !(f.members().equals(members) && f.against().equals(against))))
                .findFirst().orElse(null);
        if (fact != null && fact.coded() != null) {
            why.check(true, List.of(Evidence.of(fact.coded())), "a coded coalition joins " + who + " against " + whom);
        } else {
            Coalitions coalitions = new Coalitions(context);
            coalitions.notCountedCoded(why, members, against);
            if (against.size() == 1) {
                coalitions.inferredSteps(why, members, against.get(0));
            } else {
                why.check(false, "a coded coalition joins " + who + " against " + whom + " (an inferred coalition "
                        + "has one target)");
            }
        }
        if (fact != null) {
            why.check(generations.test(fact.crossesGenerations()), "the coalition, " + Names.list(graph, fact.members())
                    + " against " + Names.list(graph, fact.against()) + ", " + generationsText);
        }
        return Explanation.of(pattern, pattern.id() + " of " + who + " against " + whom, why,
                fact != null && !why.failed() ? finding.apply(fact) : null);
    }

    /** Says why a coded coalition holding the members does not count against the targets: its members are all their executives. */
    private void notCountedCoded(Trace why, List<String> members, List<String> against) {
        for (Coalition c : graph.family().coalitions()) {
            if (c.members().containsAll(members) && c.against().containsAll(against)) {
                why.note("the coded coalition at line " + c.pos().line() + " is not one against "
                        + Names.list(graph, against) + ": its members are all their executives, aligned against "
                        + "their own child as the hierarchy allows (or some do not take part)");
            }
        }
    }

    /** The inferred route, against one target, as {@link #inferAgainst} takes it. */
    private void inferredSteps(Trace why, List<String> members, String target) {
        for (String m : members) {
            why.check(links.against(m, target), "%s acts against %s: a negative relationship, undirected or directed "
                    + "toward %2$s, or a coded coalition against %2$s (being blamed is acting against nobody)", m, target);
        }
        List<String> candidates = candidates(target);
        Map<String, Integer> index = indexOf(candidates);
        List<Edge> edges = linkedPairs(target, candidates, index);
        Map<Integer, List<Integer>> groups = groups(candidates.size(), edges);
        List<Integer> group = members.stream().allMatch(index::containsKey)
                ? groups.values().stream().filter(g -> g.contains(index.get(members.get(0)))).findFirst().orElseThrow()
                : List.of();
        boolean together = !group.isEmpty() && members.stream().allMatch(m -> group.contains(index.get(m)));
        // The links that bear on it: those of their group, and those of each asked member who has some.
        Set<Integer> near = new HashSet<>(group);
        members.stream().map(index::get).filter(Objects::nonNull).forEach(near::add);
        List<Evidence> linking = new ArrayList<>();
        for (Edge e : edges) {
            if (near.contains(e.a()) || near.contains(e.b())) {
                linking.addAll(e.link().evidence());
            }
        }
        String who = Names.list(graph, members);
        String whom = Names.of(graph, target);
        why.check(together, linking, who + " are linked, two by two or through others who act against " + whom
                + ", by a positive relationship without opposition (two executives of " + whom + " are not linked)");
        if (!together) {
            return;
        }
        List<String> names = group.stream().map(candidates::get).sorted().toList();
        String of = "their group, " + Names.list(graph, names) + ",";
        if (hasOpposedPair(names)) {
            List<Evidence> opposition = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                for (int j = i + 1; j < names.size(); j++) {
                    opposition.addAll(links.opposed(names.get(i), names.get(j)).evidence());
                }
            }
            boolean inOneClique = inferAgainst(target).stream().anyMatch(d -> d.members.containsAll(members));
            why.check(inOneClique, opposition, of + " has members who oppose each other and splits into its maximal "
                    + "cliques: " + who + " are within one of them");
        } else {
            why.check(!allExecutivesOf(names, target), of + " is not made only of " + whom + "'s executives");
        }
    }

    private boolean hasOpposedPair(List<String> members) {
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                if (graph.opp(members.get(i), members.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * One inferred coalition of these members against the target, unless they are all its
     * executives. Its strength is its weakest necessary link: the bottleneck of the strongest
     * spanning tree of pos links among the members (Kruskal), or a weaker act against the target.
     */
    private void addDraft(List<Draft> drafts, List<String> members, String target, List<Edge> edges,
            Map<String, Integer> index, String note) {
        if (allExecutivesOf(members, target)) {
            return;
        }
        Set<Integer> inside = new HashSet<>();
        members.forEach(m -> inside.add(index.get(m)));
        List<Edge> within = new ArrayList<>();
        for (Edge e : edges) {
            if (inside.contains(e.a()) && inside.contains(e.b())) {
                within.add(e);
            }
        }
        within.sort(Comparator.comparingInt((Edge e) -> -e.link().strength())
                .thenComparingInt(Edge::a).thenComparingInt(Edge::b));
        Map<Integer, Integer> parent = new HashMap<>();
        inside.forEach(i -> parent.put(i, i));
        int strength = 3;
        Set<Evidence> evidence = new LinkedHashSet<>();
        for (Edge e : within) {
            int ra = root(parent, e.a());
            int rb = root(parent, e.b());
            if (ra != rb) {
                parent.put(rb, ra);
                strength = Math.min(strength, e.link().strength());
            }
            evidence.addAll(e.link().evidence());
        }
        for (String m : members) {
            Link acts = links.against(m, target);
            strength = Math.min(strength, acts.strength());
            evidence.addAll(acts.evidence());
        }
        Draft draft = new Draft(members, List.of(target), null, strength, new ArrayList<>(evidence));
        if (note != null) {
            draft.notes.add(note);
        }
        drafts.add(draft);
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
                if (pos.holds() && !graph.opp(x, y)) {
                    edges.add(new Edge(index.get(x), index.get(y), pos));
                }
            }
        }
        return edges;
    }

    private static int root(Map<Integer, Integer> parent, int i) {
        while (parent.get(i) != i) {
            parent.put(i, parent.get(parent.get(i)));
            i = parent.get(i);
        }
        return i;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** A coalition holds for every triad of two of its members and one target. */
    static void claim(DetectionContext context, Pattern pattern, CoalitionFact fact) {
        for (int i = 0; i < fact.members().size(); i++) {
            for (int j = i + 1; j < fact.members().size(); j++) {
                for (String t : fact.against()) {
                    context.claimTriad(fact.members().get(i), fact.members().get(j), t, pattern, null, fact.evidence());
                }
            }
        }
    }

    /** The attributes both coalition patterns share: whether it was coded, and who led it. */
    static FindingBuilder finding(Pattern pattern, CoalitionFact fact) {
        FindingBuilder b = new FindingBuilder(pattern)
                .role("members", fact.members())
                .role("against", fact.against())
                .attribute("coded", fact.coded() != null)
                .strength(fact.strength())
                .evidence(fact.evidence())
                .notes(fact.notes());
        if (fact.coded() != null && fact.coded().initiator() != null
                && fact.members().contains(fact.coded().initiator())) {
            b.attribute("initiator", fact.coded().initiator());
        }
        return b;
    }
}
