package org.famstruct.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.famstruct.pipeline.CaseInput;
import org.famstruct.pipeline.CaseInputs;

/** The files a command reads, which its {@code -o} must never replace. */
final class Inputs {
    private Inputs() {}

    static List<Path> paths(CaseInputs.Expanded expanded, RulesOption rules) {
        List<Path> paths = new ArrayList<>();
        for (CaseInput input : expanded.inputs()) {
            if (!input.isStdin()) {
                paths.add(input.path());
            }
        }
        if (rules.file != null) {
            paths.add(rules.file);
        }
        return paths;
    }
}
