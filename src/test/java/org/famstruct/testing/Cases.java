package org.famstruct.testing;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.load.CaseLoader;
import org.famstruct.load.LoadResult;
import org.famstruct.model.Diagnostic;

/** Loads YAML text given inline in a test, as the command line would (load, then graph). */
public final class Cases {
    private Cases() {}

    /** The result of checking one case: the graph when it was valid, and every diagnostic. */
    public record Checked(FamilyGraph graph, List<Diagnostic> diagnostics) {
        public List<Diagnostic> errors() {
            return diagnostics.stream().filter(Diagnostic::isError).toList();
        }

        public List<Diagnostic> warnings() {
            return diagnostics.stream().filter(d -> !d.isError()).toList();
        }

        public String describe() {
            return diagnostics.stream().map(Diagnostic::format).reduce("", (a, b) -> a + "\n" + b);
        }
    }

    public static Checked check(String yaml) {
        LoadResult loaded = new CaseLoader().load(new StringReader(yaml), "case.yaml", "case");
        List<Diagnostic> all = new ArrayList<>(loaded.diagnostics());
        if (!loaded.ok()) {
            return new Checked(null, all);
        }
        int before = all.size();
        FamilyGraph graph = FamilyGraph.build(loaded.family(), all);
        boolean generationErrors = all.subList(before, all.size()).stream().anyMatch(Diagnostic::isError);
        return new Checked(generationErrors ? null : graph, all);
    }

    /** A valid case's graph; fails the test with the diagnostics otherwise. */
    public static FamilyGraph graph(String yaml) {
        Checked checked = check(yaml);
        if (checked.graph() == null) {
            throw new AssertionError("case did not load:" + checked.describe());
        }
        return checked.graph();
    }
}
