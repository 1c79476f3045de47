package org.famstruct.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.famstruct.model.Boundary;
import org.famstruct.model.Coalition;
import org.famstruct.model.Relationship;

/**
 * The explanation of a rule that holds when any one of several alternatives does: each
 * relationship that could make a child parental, the fused tie of a pair or a boundary rated
 * around it. Each alternative decides through its own {@link #branch()} of the trace; then
 * {@link #close} writes into the trace the conditions of every alternative that held or, when
 * none did, of every alternative (so the first failed condition is the first alternative's
 * first failure), or one failed condition saying there was no alternative at all. Alternatives
 * that failed beside one that held become notes. So every condition of the explanation holds
 * exactly when some alternative does, which is when the detector reports its finding.
 *
 * <p>In a normal run ({@link Trace#OFF}) every branch is OFF too and nothing is kept.
 */
final class Alternatives {
    private static final Alternatives OFF = new Alternatives(Trace.OFF);

    private final Trace why;
    private final List<Trace> held = new ArrayList<>();
    private final List<Trace> failed = new ArrayList<>();

    private Alternatives(Trace why) {
        this.why = why;
    }

    /** The alternatives of one decision made through {@code why}. */
    static Alternatives of(Trace why) {
        return why.recording() ? new Alternatives(why) : OFF;
    }

    /** A trace for the next alternative; hand it back with {@link #add} once it has decided. */
    Trace branch() {
        return why.branch();
    }

    /** An alternative has decided through its branch: it held when none of its conditions failed. */
    void add(Trace branch) {
        if (why.recording()) {
            (branch.failed() ? failed : held).add(branch);
        }
    }

    /**
     * Writes the alternatives into the trace.
     *
     * @param none the condition that fails when there was no alternative at all (a format of
     *             member ids, as for {@link Trace#check(boolean, String, String...)})
     */
    void close(String none, String... ids) {
        if (!why.recording()) {
            return;
        }
        if (held.isEmpty() && failed.isEmpty()) {
            why.check(false, none, ids);
            return;
        }
        for (Trace branch : held.isEmpty() ? failed : held) {
            why.include(branch);
        }
        if (!held.isEmpty()) {
            for (Trace branch : failed) {
                Trace.Step step = branch.steps().stream().filter(s -> !s.held()).findFirst().orElseThrow();
                why.note("does not count, as this fails: " + step.condition() + lines(step.lines()));
            }
        }
    }

    /** The lines a condition rests on, in words: " (line 12)", " (lines 12, 14)" or nothing. */
    static String lines(List<Integer> lines) {
        if (lines.isEmpty()) {
            return "";
        }
        return (lines.size() == 1 ? " (line " : " (lines ")
                + lines.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
    }

    /** The relationship as the evidence of a condition, only when recording (a normal run cites nothing). */
    static List<Evidence> cite(Trace why, Relationship r) {
        return why.recording() ? List.of(Evidence.of(r)) : List.of();
    }

    static List<Evidence> cite(Trace why, Coalition c) {
        return why.recording() ? List.of(Evidence.of(c)) : List.of();
    }

    static List<Evidence> cite(Trace why, Boundary b) {
        return why.recording() ? List.of(Evidence.of(b)) : List.of();
    }

    /**
     * A condition format naming {@code n} members, "%s, %s and %s": explain's first condition
     * for a group of any size.
     */
    static String placeholders(int n) {
        if (n <= 1) {
            return "%s";
        }
        return "%s, ".repeat(n - 2) + "%s and %s";
    }
}
