package org.famstruct.load;

import java.util.List;
import org.famstruct.model.Diagnostic;
import org.famstruct.model.Family;

/** A loaded case: the family when the file had no error, and every diagnostic either way. */
public record LoadResult(String file, Family family, List<Diagnostic> diagnostics) {

    public boolean ok() {
        return family != null;
    }
}
