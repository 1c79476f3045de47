package org.famstruct.pipeline;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.graph.GraphWarnings;
import org.famstruct.load.CaseLoader;
import org.famstruct.load.LoadLimits;
import org.famstruct.load.LoadResult;
import org.famstruct.model.Diagnostic;

/** Loads one case and builds its graph: every check {@code validate} makes. Thread-safe. */
public final class CaseChecker {
    private final CaseLoader loader;
    private final boolean strict;
    private final InputStream stdin;

    public CaseChecker(LoadLimits limits, boolean strict, InputStream stdin) {
        this.loader = new CaseLoader(limits);
        this.strict = strict;
        this.stdin = stdin;
    }

    public CheckedCase check(CaseInput input) {
        return FileFailures.guard(input, () -> checkUnguarded(input), d -> new CheckedCase(input, null, List.of(d)));
    }

    private CheckedCase checkUnguarded(CaseInput input) {
        LoadResult loaded = input.isStdin()
                ? loader.load(stdin, CaseLoader.STDIN, "stdin")
                : loader.load(input.path());
        List<Diagnostic> diagnostics = new ArrayList<>(loaded.diagnostics());
        if (!loaded.ok()) {
            return new CheckedCase(input, null, inLineOrder(diagnostics));
        }
        int before = diagnostics.size();
        FamilyGraph graph = FamilyGraph.build(loaded.family(), diagnostics);
        boolean failed = diagnostics.size() > before;
        GraphWarnings.check(graph, diagnostics);
        if (strict) {
            diagnostics.replaceAll(d -> d.isError() ? d : Diagnostic.error(d.pos(), d.message() + " [--strict]"));
            failed |= !diagnostics.isEmpty();
        }
        return new CheckedCase(input, failed ? null : graph, inLineOrder(diagnostics));
    }

    /**
     * Users read diagnostics top to bottom, as in their editor; what is said of the whole file
     * (no position: "too many errors") comes last. The sort is stable, so messages at one
     * position keep the order they were found in.
     */
    static List<Diagnostic> inLineOrder(List<Diagnostic> diagnostics) {
        // Written out, not chained with Comparator's combinators: FindingOrder.REPORT says why.
        diagnostics.sort((a, b) -> {
            int c = Boolean.compare(!a.pos().isKnown(), !b.pos().isKnown());
            if (c == 0) {
                c = Integer.compare(a.pos().line(), b.pos().line());
            }
            return c != 0 ? c : Integer.compare(a.pos().column(), b.pos().column());
        });
        return diagnostics;
    }
}
