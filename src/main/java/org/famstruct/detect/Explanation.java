package org.famstruct.detect;

import java.util.ArrayList;
import java.util.List;
import org.famstruct.model.Pattern;

/**
 * Why a pattern holds or not for one candidate: the rule's conditions in the order the
 * detector checks them, each held or not with its lines, the notes (held-back roles), and the
 * finding analyze reports when it holds.
 *
 * @param subject what was asked, in words ("triangulation of Emma between Julie and Shirley")
 * @param finding the finding analyze reports for it, or null
 */
public record Explanation(Pattern pattern, String subject, List<Trace.Step> steps, List<String> notes,
        Finding finding) {

    public Explanation {
        steps = List.copyOf(steps);
        notes = List.copyOf(notes);
    }

    static Explanation of(Pattern pattern, String subject, Trace trace, Finding finding) {
        return new Explanation(pattern, subject, trace.steps(), trace.notes(), finding);
    }

    /** Every condition held (and so analyze reports the finding). */
    public boolean holds() {
        return !steps.isEmpty() && steps.stream().allMatch(Trace.Step::held);
    }

    /** The first condition that does not hold, or null when all do. */
    public Trace.Step firstFailed() {
        return steps.stream().filter(s -> !s.held()).findFirst().orElse(null);
    }

    /** The same explanation with one more condition at the end (the rules' minimum strength). */
    Explanation with(Trace.Step step, Finding reported) {
        List<Trace.Step> more = new ArrayList<>(steps);
        more.add(step);
        return new Explanation(pattern, subject, more, notes, reported);
    }
}
