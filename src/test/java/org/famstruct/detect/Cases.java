package org.famstruct.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.load.CaseLoader;
import org.famstruct.load.LoadResult;
import org.famstruct.model.Diagnostic;
import org.famstruct.model.Pattern;

/** Loads small cases for the detector tests and picks findings out of an analysis. */
final class Cases {
    private Cases() {}

    /**
     * Dad and his adult children Eva (31) and Max (35) in a case dated 2025, their mother
     * deceased; relationships follow, from line 9.
     */
    static final String ADULT_CHILDREN = """
            date: 2025
            members:
              dad: {name: Dad, born: 1960}
              eva: {name: Eva, born: 1994}
              max: {name: Max, born: 1990}
              mum: {deceased: true}
            unions:
              - {partners: [dad, mum], children: [eva, max]}
            relationships:
            """;

    static FamilyGraph graph(String yaml) {
        return graph(new CaseLoader().load(new StringReader(yaml), "test.yaml", "test"));
    }

    static FamilyGraph graph(Path file) {
        return graph(new CaseLoader().load(file));
    }

    private static FamilyGraph graph(LoadResult result) {
        if (!result.ok()) {
            fail("the test case does not load: " + result.diagnostics());
        }
        List<Diagnostic> problems = new ArrayList<>();
        FamilyGraph graph = FamilyGraph.build(result.family(), problems);
        assertTrue(problems.stream().noneMatch(Diagnostic::isError), () -> problems.toString());
        return graph;
    }

    static Analysis analyze(String yaml) {
        return analyze(yaml, Rules.DEFAULTS);
    }

    static Analysis analyze(String yaml, Rules rules) {
        return new Analyzer(rules, EnumSet.allOf(Pattern.class)).analyze(graph(yaml));
    }

    static List<Finding> of(Analysis analysis, Pattern pattern) {
        return analysis.findings().stream().filter(f -> f.pattern() == pattern).toList();
    }

    /** The only finding of the pattern; fails when there are none or several. */
    static Finding only(Analysis analysis, Pattern pattern) {
        List<Finding> found = of(analysis, pattern);
        assertEquals(1, found.size(), () -> "findings of " + pattern + ": " + found);
        return found.get(0);
    }

    static void assertNone(Analysis analysis, Pattern pattern) {
        assertEquals(List.of(), of(analysis, pattern), "no " + pattern + " expected");
    }

    /** The finding's roles, exactly. */
    static void assertRoles(Finding f, Map<String, List<String>> roles) {
        assertEquals(roles, f.roles(), () -> f.summary());
    }

    /** Source lines of the finding's evidence, in its order. */
    static List<Integer> evidenceLines(Finding f) {
        return f.evidence().stream().map(e -> e.pos().line()).toList();
    }
}
