package org.famstruct.cli;

/** The exit codes of CLI.md. */
public enum ExitCode {
    OK(0), INVALID_INPUT(1), USAGE(2), INTERNAL(3), FAIL_ON(4);

    public final int code;

    ExitCode(int code) {
        this.code = code;
    }
}
