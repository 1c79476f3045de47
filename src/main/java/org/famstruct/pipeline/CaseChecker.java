package org.famstruct.pipeline;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.famstruct.graph.Beside;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.graph.GraphWarnings;
import org.famstruct.load.CaseLoader;
import org.famstruct.load.LoadLimits;
import org.famstruct.load.LoadResult;
import org.famstruct.model.Diagnostic;
import org.famstruct.model.Family;

/** Loads one case and builds its graph: every check {@code validate} makes. Thread-safe. */
public final class CaseChecker {
    private final CaseLoader loader;
    private final boolean strict;
    private final InputStream stdin;
    private final int earlyGraphFrom;

    public CaseChecker(LoadLimits limits, boolean strict, InputStream stdin) {
        this(limits, strict, stdin, Beside.LARGE_FROM);
    }

    /** For tests: the graph started beside the checks ({@link EarlyGraph}) from {@code earlyGraphFrom} entries on. */
    CaseChecker(LoadLimits limits, boolean strict, InputStream stdin, int earlyGraphFrom) {
        this.loader = new CaseLoader(limits);
        this.strict = strict;
        this.stdin = stdin;
        this.earlyGraphFrom = earlyGraphFrom;
    }

    public CheckedCase check(CaseInput input) {
        return FileFailures.guard(input, () -> checkUnguarded(input), d -> new CheckedCase(input, null, List.of(d)));
    }

    private CheckedCase checkUnguarded(CaseInput input) {
        EarlyGraph early = new EarlyGraph();
        LoadResult loaded = input.isStdin()
                ? loader.load(stdin, CaseLoader.STDIN, "stdin")
                : loader.load(input.path(), early::start);
        List<Diagnostic> diagnostics = new ArrayList<>(loaded.diagnostics());
        if (!loaded.ok()) {
            return new CheckedCase(input, null, inLineOrder(diagnostics));
        }
        int before = diagnostics.size();
        FamilyGraph graph = early.graph(loaded.family(), diagnostics);
        boolean failed = diagnostics.size() > before;
        GraphWarnings.check(graph, diagnostics);
        if (strict) {
            diagnostics.replaceAll(d -> d.isError() ? d : Diagnostic.error(d.pos(), d.message() + " [--strict]"));
            failed |= !diagnostics.isEmpty();
        }
        return new CheckedCase(input, failed ? null : graph, inLineOrder(diagnostics));
    }

    /**
     * A large family's graph ({@link Beside#LARGE_FROM}), built on a thread of its own as soon as
     * the entries are read, while the loader checks the whole file (references, repeated
     * relationships, warnings: on 50,000 members about a tenth of a second). When the checks
     * refuse the file the graph is never asked for; when they pass, the family they return is
     * the one read, so the graph started is its graph.
     */
    private final class EarlyGraph {
        private final List<Diagnostic> problems = new ArrayList<>();
        private CompletableFuture<FamilyGraph> started;

        void start(Family read) {
            if (Beside.entries(read) >= earlyGraphFrom) {
                started = Beside.start("famstruct-graph", () -> FamilyGraph.build(read, problems));
            }
        }

        /** The graph of the loaded family, with the problems its build found added to {@code diagnostics}. */
        FamilyGraph graph(Family loaded, List<Diagnostic> diagnostics) {
            if (started == null) {
                return FamilyGraph.build(loaded, diagnostics);
            }
            FamilyGraph graph = Beside.join(started);
            diagnostics.addAll(problems);
            return graph;
        }
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
