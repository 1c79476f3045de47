package org.famstruct.cli;

import java.nio.file.Path;

/** The output file cannot be written: the user's to fix, so a message and exit 1, not an internal error. */
final class OutputException extends RuntimeException {
    OutputException(Path file, String reason) {
        super("cannot write " + file + ": " + reason, null, false, false);
    }
}
