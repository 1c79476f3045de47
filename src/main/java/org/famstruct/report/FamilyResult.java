package org.famstruct.report;

import java.util.List;
import org.famstruct.detect.Analysis;
import org.famstruct.model.Diagnostic;

/** One input's outcome: the analysis when the case was valid (else null), and its diagnostics. */
public record FamilyResult(String file, Analysis analysis, List<Diagnostic> diagnostics) {

    public boolean ok() {
        return analysis != null;
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }
}
