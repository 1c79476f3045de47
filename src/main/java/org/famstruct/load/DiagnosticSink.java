package org.famstruct.load;

import java.util.ArrayList;
import java.util.List;
import org.famstruct.model.Diagnostic;
import org.famstruct.model.SourcePos;

/** Collects every problem of one file, up to a cap, so a user sees them all in one run. */
final class DiagnosticSink {
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final int maxErrors;
    private int errors;

    DiagnosticSink(int maxErrors) {
        this.maxErrors = maxErrors;
    }

    void error(SourcePos pos, String message) {
        errors++;
        if (errors <= maxErrors) {
            diagnostics.add(Diagnostic.error(pos, message));
        } else if (errors == maxErrors + 1) {
            diagnostics.add(Diagnostic.error(pos, "too many errors; stopping after " + maxErrors));
            throw new LoadAbort();
        }
    }

    void warning(SourcePos pos, String message) {
        diagnostics.add(Diagnostic.warning(pos, message));
    }

    /** Reports an error that makes the rest of the file unreadable, and stops. */
    LoadAbort fatal(SourcePos pos, String message) {
        errors++;
        diagnostics.add(Diagnostic.error(pos, message));
        return new LoadAbort();
    }

    boolean hasErrors() {
        return errors > 0;
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
