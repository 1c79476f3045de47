package org.famstruct.pipeline;

import java.nio.file.Path;

/** One input of a run: a file, or standard input ({@code path} null). */
public record CaseInput(Path path) {
    public static final CaseInput STDIN = new CaseInput(null);

    public boolean isStdin() {
        return path == null;
    }

    /** How messages name it. */
    public String display() {
        return isStdin() ? org.famstruct.load.CaseLoader.STDIN : path.toString();
    }
}
