package org.famstruct.detect;

import java.util.List;
import org.famstruct.model.Diagnostic;

/** A rules file read: the rules when it had no error, and every problem either way. */
public record RulesResult(Rules rules, List<Diagnostic> diagnostics) {

    public boolean ok() {
        return rules != null;
    }
}
