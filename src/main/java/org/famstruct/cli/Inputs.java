package org.famstruct.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.famstruct.pipeline.CaseInput;
import org.famstruct.pipeline.CaseInputs;

/** The files a command reads, which its {@code -o} must never replace. */
final class Inputs {
    private Inputs() {}

    /** Where the process's standard input comes from (a redirected file, a pipe), on Linux and the BSDs. */
    private static final Path STDIN = Path.of("/dev/stdin");

    static List<Path> paths(CaseInputs.Expanded expanded, RulesOption rules, Streams io) {
        List<Path> paths = new ArrayList<>();
        for (CaseInput input : expanded.inputs()) {
            if (!input.isStdin()) {
                paths.add(input.path());
            } else if (io.in() == System.in) {
                // "analyze - -o case.yaml < case.yaml" reads the file it would replace.
                paths.add(STDIN);
            }
        }
        if (rules.file != null) {
            paths.add(rules.file);
        }
        return paths;
    }
}
