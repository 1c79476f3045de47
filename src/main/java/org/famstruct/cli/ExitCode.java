package org.famstruct.cli;

/**
 * The exit codes of CLI.md. {@code CHANGED} is {@code diff --exit-code}'s "the snapshots
 * differ": git's 1 is taken here by invalid input, so it is the next free code.
 */
public enum ExitCode {
    OK(0), INVALID_INPUT(1), USAGE(2), INTERNAL(3), FAIL_ON(4), CHANGED(5);

    public final int code;

    ExitCode(int code) {
        this.code = code;
    }
}
