package org.famstruct.load;

/** Stops reading a file after an error that makes the rest unreadable (syntax, limits). */
final class LoadAbort extends RuntimeException {
    LoadAbort() {
        super(null, null, false, false);
    }
}
