package org.famstruct.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The output cannot be written: the user's to fix, so one line and an exit code, never an
 * internal error. Refusals by rule (onto a directory, onto one of the command's own inputs)
 * are usage errors (exit 2): nothing was read and the command line is what must change. The
 * system failing the write (no such directory, no permission, disk full) is exit 1, the code of
 * "the run could not do its work", like an invalid input.
 */
final class OutputException extends RuntimeException {
    private final ExitCode exit;
    private final boolean quiet;

    private OutputException(String message, ExitCode exit, boolean quiet) {
        super(message, null, false, false);
        this.exit = exit;
        this.quiet = quiet;
    }

    OutputException(Path file, String reason) {
        this("cannot write " + file + ": " + reason, ExitCode.INVALID_INPUT, false);
    }

    static OutputException refused(Path file, String reason) {
        return new OutputException("-o " + file + ": " + reason, ExitCode.USAGE, false);
    }

    /**
     * A write failed. {@code file} null means standard output; there a closed pipe ({@code |
     * head}) is the reader's choice to stop, not news: the run ends, exit 1, without a message.
     */
    static OutputException failed(String file, IOException e, boolean replacesFile) {
        String reason = reason(e);
        if (file == null) {
            return new OutputException("cannot write to standard output: " + reason, ExitCode.INVALID_INPUT,
                    reason.equalsIgnoreCase("broken pipe"));
        }
        return new OutputException("cannot write " + file + ": " + reason
                + (replacesFile ? "; the previous " + file + " is kept" : ""), ExitCode.INVALID_INPUT, false);
    }

    /** The system's words for the failure, without the Java class names. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    ExitCode exit() {
        return exit;
    }

    /** True when nothing should be said (a closed pipe). */
    boolean quiet() {
        return quiet;
    }
}
