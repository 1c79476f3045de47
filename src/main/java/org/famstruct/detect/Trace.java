package org.famstruct.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.famstruct.graph.FamilyGraph;

/**
 * The conditions of a rule, as the detector's own decision code checks them, for
 * {@code famstruct explain}. Detectors decide through a trace so that the explanation cannot
 * drift from the decision: {@link #OFF} (analyze) answers each check with its value and stops at
 * the first that fails; a recording trace (explain) writes every condition down, held or not,
 * with the lines it rests on, and lets the decision run on so that all of them are shown.
 *
 * <p>The idiom in a decision method: {@code if (!why.check(link, "...") && why.stop()) return null;}
 * for each condition, and {@code if (why.failed()) return null;} before building the finding.
 * Condition texts are {@link String#format} patterns whose arguments are member ids, shown as
 * names; they are formatted only when recording.
 */
public final class Trace {
    /** The trace of a normal run: records nothing, stops at the first failed condition. */
    public static final Trace OFF = new Trace(null);

    /**
     * One condition of a rule for one candidate.
     *
     * @param condition what the rule requires, in words with the members' names
     * @param held      whether it holds
     * @param lines     the case file's lines it rests on (relationships, coalitions, boundaries), sorted
     */
    public record Step(String condition, boolean held, List<Integer> lines) {}

    private final FamilyGraph graph;
    private final List<Step> steps = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private Trace(FamilyGraph graph) {
        this.graph = graph;
    }

    /** A trace that records, naming members as the graph's family does. */
    public static Trace recording(FamilyGraph graph) {
        return new Trace(graph);
    }

    public boolean recording() {
        return graph != null;
    }

    /** Records a condition with no lines of its own (kinship, generations, taking part). */
    public boolean check(boolean held, String condition, String... ids) {
        if (graph != null) {
            steps.add(new Step(format(condition, ids), held, List.of()));
        }
        return held;
    }

    /** Records a condition that holds when the link does, citing the link's lines. */
    public boolean check(Link link, String condition, String... ids) {
        if (graph != null) {
            steps.add(new Step(format(condition, ids), link.holds(), lines(link.evidence())));
        }
        return link.holds();
    }

    /** Records a condition that holds when the link does not (no fusion, no opposition...), citing what breaks it. */
    public boolean checkNone(Link link, String condition, String... ids) {
        if (graph != null) {
            steps.add(new Step(format(condition, ids), !link.holds(), lines(link.evidence())));
        }
        return !link.holds();
    }

    /** Records a condition held or not on the strength of the given evidence. */
    public boolean check(boolean held, List<Evidence> evidence, String condition, String... ids) {
        if (graph != null) {
            steps.add(new Step(format(condition, ids), held, lines(evidence)));
        }
        return held;
    }

    /** Something the explanation should say besides its conditions (a held-back role, a note). */
    public void note(String text) {
        if (graph != null && !notes.contains(text)) {
            notes.add(text);
        }
    }

    /** After a failed check: true when the decision should stop there (a normal run). */
    public boolean stop() {
        return graph == null;
    }

    /** Whether a recorded condition failed. A normal run has stopped at its first failure, so never. */
    public boolean failed() {
        return graph != null && steps.stream().anyMatch(s -> !s.held());
    }

    public List<Step> steps() {
        return List.copyOf(steps);
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** A trace for one alternative of a rule ({@link Alternatives}): recording when this one is, else OFF. */
    Trace branch() {
        return graph == null ? OFF : new Trace(graph);
    }

    /** Appends the conditions and notes a branch recorded. */
    void include(Trace branch) {
        if (graph != null) {
            steps.addAll(branch.steps);
            branch.notes.forEach(this::note);
        }
    }

    /** The member's display name, for condition texts built by the caller. */
    String name(String id) {
        return graph == null || graph.member(id) == null ? id : graph.member(id).name();
    }

    private String format(String condition, String... ids) {
        if (ids.length == 0) {
            return condition;
        }
        Object[] names = new Object[ids.length];
        for (int i = 0; i < ids.length; i++) {
            names[i] = name(ids[i]);
        }
        return String.format(java.util.Locale.ROOT, condition, names);
    }

    private static List<Integer> lines(List<Evidence> evidence) {
        TreeSet<Integer> lines = new TreeSet<>();
        for (Evidence e : evidence) {
            if (e.pos().isKnown()) {
                lines.add(e.pos().line());
            }
        }
        return List.copyOf(lines);
    }
}
