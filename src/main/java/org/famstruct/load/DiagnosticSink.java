package org.famstruct.load;

import java.util.ArrayList;
import java.util.List;
import org.famstruct.model.Diagnostic;
import org.famstruct.model.SourcePos;

/**
 * Collects every problem of one file, up to a cap, so a user sees them all in one run. Errors
 * and warnings are capped alike ({@code --max-errors}): a file of a million unlinked members
 * must not print, nor hold, a million warnings.
 */
final class DiagnosticSink {
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final int maxErrors;
    private int errors;
    private int warnings;

    DiagnosticSink(int maxErrors) {
        this.maxErrors = maxErrors;
    }

    void error(SourcePos pos, String message) {
        errors++;
        if (errors <= maxErrors) {
            diagnostics.add(Diagnostic.error(pos, message));
        } else if (errors == maxErrors + 1) {
            // Said of the whole file, so it stays last when the messages are put in line order.
            diagnostics.add(Diagnostic.error(SourcePos.unknown(pos.file()), "too many errors; stopping after "
                    + maxErrors + " (--max-errors)"));
            throw new LoadAbort();
        }
    }

    void warning(SourcePos pos, String message) {
        warnings++;
        if (warnings <= maxErrors) {
            diagnostics.add(Diagnostic.warning(pos, message));
        } else if (warnings == maxErrors + 1) {
            diagnostics.add(Diagnostic.warning(SourcePos.unknown(pos.file()), "too many warnings; showing the first "
                    + maxErrors + " (--max-errors)"));
        }
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
