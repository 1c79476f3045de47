package org.famstruct.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.model.Pattern;
import org.famstruct.model.Boundary;
import org.famstruct.model.BoundaryType;

/**
 * Boundaries the coder rated directly (Minuchin 1974: clear, diffuse, rigid), one finding per
 * boundary of the given type. The members are the subsystem inside it, read without deceased
 * members and pets; {@code family} means every member who takes part. A boundary left with
 * nobody gives no finding.
 */
final class RatedBoundaries {
    private RatedBoundaries() {}

    /** The rule of a boundary pattern for one pair (fused, or distant where contact is expected), a before b. */
    @FunctionalInterface
    interface PairRule {
        Finding decide(DetectionContext context, String a, String b, Trace why);
    }

    static void detect(Pattern pattern, BoundaryType type, DetectionContext context, Consumer<Finding> sink) {
        for (Boundary boundary : context.graph().family().boundaries()) {
            Finding finding = decide(pattern, type, boundary, context, Trace.OFF);
            if (finding != null) {
                sink.accept(finding);
            }
        }
    }

    /** The rule for one boundary: rated {@code type}, with someone inside who takes part. */
    private static Finding decide(Pattern pattern, BoundaryType type, Boundary boundary, DetectionContext context,
            Trace why) {
        FamilyGraph graph = context.graph();
        // The text holds names and the boundary's own name, so it is given whole, not as a format.
        if (!why.check(boundary.type() == type, Alternatives.cite(why, boundary), why.recording()
                ? describe(graph, boundary) + " is rated " + type.id()
                        + (boundary.type() == type ? "" : " (it is rated " + boundary.type().id() + ")")
                : null) && why.stop()) {
            return null;
        }
        List<String> inside = new ArrayList<>();
        Iterable<String> around = boundary.wholeFamily() ? graph.memberIds() : boundary.around();
        for (String id : around) {
            if (graph.takesPart(id)) {
                inside.add(id);
            }
        }
        if (!why.check(!inside.isEmpty(), Alternatives.cite(why, boundary), "someone inside it takes part "
                + "(living, not a pet)") && why.stop() || why.failed()) {
            return null;
        }
        FindingBuilder b = new FindingBuilder(pattern)
                .role("members", inside)
                .attribute("whole_family", boundary.wholeFamily())
                .strength(3)
                .evidence(List.of(Evidence.of(boundary)));
        if (boundary.name() != null) {
            b.attribute("name", boundary.name());
        }
        String what = boundary.wholeFamily() ? "The family's boundary"
                : boundary.name() != null ? "The boundary of the " + boundary.name() + " ("
                        + Names.list(graph, inside.stream().sorted().toList()) + ")"
                : "The boundary around " + Names.list(graph, inside.stream().sorted().toList());
        return b.build(what + " is rated " + type.id() + ".");
    }

    /**
     * The pairs the pair rule is asked about, each sorted: the two members asked; with one member
     * asked, that member and each member who takes part linked to it (its pair findings contain
     * it too); with three or more, none.
     */
    private static List<List<String>> pairs(FamilyGraph graph, List<String> members) {
        if (members.size() == 2) {
            return List.of(members);
        }
        if (members.size() != 1) {
            return List.of();
        }
        String m = members.get(0);
        List<List<String>> pairs = new ArrayList<>();
        for (String other : graph.neighbours(m)) {
            if (graph.takesPart(other)) {
                pairs.add(m.compareTo(other) < 0 ? List.of(m, other) : List.of(other, m));
            }
        }
        return pairs;
    }

    /** The boundary in words, by what the file says it is around. */
    private static String describe(FamilyGraph graph, Boundary boundary) {
        if (boundary.wholeFamily()) {
            return "the family's boundary";
        }
        return boundary.name() != null ? "the boundary of the " + boundary.name()
                : "the boundary around " + Names.list(graph, boundary.around());
    }

    /**
     * The explanation of a boundary pattern (enmeshment, disengagement) for the query's
     * members: they take part, and one alternative holds, either the pair rule (for the two
     * members asked; for one member asked, for it and each member who takes part linked to it)
     * or the rating of a boundary whose {@code around} holds them all (the family's included);
     * boundaries around others are not looked at. So it holds exactly when analyze reports a
     * finding whose members include the asked ones. When several hold, the
     * finding explained is one analyze reports: first those the rules' minimum strength lets
     * through, then those whose members are exactly the asked ones, then the pair's before the
     * boundaries', boundaries in file order.
     */
    static Explanation explain(Pattern pattern, BoundaryType type, PairRule pairRule, DetectionContext context,
            ExplainQuery query) {
        query.need(pattern, -1, 0, 0, "--members A,B (a pair; one member: any pair of it), or the members "
                + "inside a boundary rated " + type.id());
        FamilyGraph graph = context.graph();
        List<String> members = query.members().stream().distinct().sorted().toList();
        Trace why = Trace.recording(graph);
        String[] ids = members.toArray(String[]::new);
        why.check(members.stream().allMatch(graph::takesPart), Alternatives.placeholders(ids.length)
                + (ids.length == 1 ? " takes part (living, not a pet)" : " take part (living, not pets)"), ids);
        Alternatives alternatives = Alternatives.of(why);
        List<Finding> found = new ArrayList<>();
        for (List<String> pair : pairs(graph, members)) {
            Trace branch = alternatives.branch();
            Finding finding = pairRule.decide(context, pair.get(0), pair.get(1), branch);
            alternatives.add(branch);
            if (finding != null) {
                found.add(finding);
            }
        }
        for (Boundary boundary : graph.family().boundaries()) {
            if (boundary.wholeFamily() || boundary.around().containsAll(members)) {
                Trace branch = alternatives.branch();
                Finding rated = decide(pattern, type, boundary, context, branch);
                alternatives.add(branch);
                if (rated != null) {
                    found.add(rated);
                }
            }
        }
        // Two members always have their pair; one may have nobody to pair with.
        alternatives.close(ids.length == 1
                ? "%s has a relationship with a member who takes part, or is inside a rated boundary: neither"
                : Alternatives.placeholders(ids.length) + " are inside a boundary rated " + type.id()
                        + ": no rated boundary is around them all", ids);
        int least = context.rules().minStrength();
        Finding finding = why.failed() ? null : found.stream()
                .sorted(Comparator.comparing((Finding f) -> f.strength() < least)
                        .thenComparing(f -> !f.members().equals(members)))
                .findFirst().orElse(null);
        String subject = pattern.id() + " of " + String.format(java.util.Locale.ROOT,
                Alternatives.placeholders(ids.length), members.stream().map(why::name).toArray());
        return Explanation.of(pattern, subject, why, finding);
    }
}
