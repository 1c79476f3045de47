package org.famstruct.pipeline;

import java.util.List;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.model.Diagnostic;

/** A case loaded and indexed: {@code graph} is null when the case had errors. */
public record CheckedCase(CaseInput input, FamilyGraph graph, List<Diagnostic> diagnostics) {

    public boolean ok() {
        return graph != null;
    }
}
