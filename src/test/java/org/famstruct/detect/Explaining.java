package org.famstruct.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.famstruct.model.Pattern;

/** Explains small cases for the explain tests of the detectors, and checks them against analyze. */
final class Explaining {
    private Explaining() {}

    /** The explanation of the pattern for these members (--members), with default rules. */
    static Explanation explain(String yaml, Pattern pattern, String... members) {
        return new Analyzer(Rules.DEFAULTS, EnumSet.allOf(Pattern.class))
                .explain(Cases.graph(yaml), pattern, new ExplainQuery(List.of(members), List.of(), List.of()));
    }

    /** Explained as holding, every condition held, and its finding is the one analyze reports. */
    static Explanation assertHolds(String yaml, Pattern pattern, Finding reported, String... members) {
        Explanation why = explain(yaml, pattern, members);
        assertTrue(why.holds(), () -> why.steps().toString());
        assertEquals(reported, why.finding());
        return why;
    }

    /** Explained as not holding, with this first failed condition on these lines. */
    static Explanation assertFirstFailure(String yaml, Pattern pattern, String condition, List<Integer> lines,
            String... members) {
        Explanation why = explain(yaml, pattern, members);
        assertEquals(new Trace.Step(condition, false, lines), why.firstFailed(), () -> why.steps().toString());
        assertNull(why.finding());
        return why;
    }

    /** The conditions as text, each marked held or not: what a reader of the explanation sees. */
    static List<String> conditions(Explanation why) {
        return why.steps().stream().map(s -> (s.held() ? "+ " : "- ") + s.condition() + s.lines()).toList();
    }
}
