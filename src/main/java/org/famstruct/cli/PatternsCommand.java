package org.famstruct.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.famstruct.detect.Detector;
import org.famstruct.detect.DetectorRegistry;
import org.famstruct.detect.Rules;
import org.famstruct.detect.RulesFile;
import org.famstruct.model.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "patterns", mixinStandardHelpOptions = true,
        description = "The pattern catalog: id, summary, the rule in words, the thresholds it uses, references.",
        footer = {"", "Examples:",
                "  famstruct patterns",
                "  famstruct patterns triangulation",
                "  famstruct patterns --defaults > rules.yaml   # then edit, and: famstruct analyze --rules rules.yaml"})
final class PatternsCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", arity = "0..*", completionCandidates = PatternSelection.Ids.class,
            description = "Only these patterns.")
    List<String> ids;

    @Option(names = "--defaults", description = "Print the default thresholds in the rules-file format (YAML).")
    boolean defaults;

    private final Streams io;

    PatternsCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        if (defaults) {
            io.out().print(RulesFile.write(Rules.DEFAULTS));
            io.out().flush();
            return ExitCode.OK.code;
        }
        if (ids != null) {
            PatternSelection.check(ids, "ID", new picocli.CommandLine(this));
        }
        boolean first = true;
        for (Detector detector : DetectorRegistry.CATALOG) {
            Pattern pattern = detector.pattern();
            if (ids != null && !ids.isEmpty() && !ids.contains(pattern.id())) {
                continue;
            }
            if (!first) {
                io.out().println();
            }
            first = false;
            io.out().println(pattern.id() + " (" + pattern.kind().id() + ")");
            io.out().println("  " + pattern.summary());
            io.out().println("  Rule: " + detector.rule());
            if (!pattern.ruleKeys().isEmpty()) {
                io.out().println("  Thresholds: " + String.join(", ", pattern.ruleKeys().stream()
                        .map(key -> key + " = " + RulesFile.values(Rules.DEFAULTS).get(key)).toList()));
            }
            for (String reference : pattern.references()) {
                io.out().println("  - " + reference);
            }
        }
        io.out().flush();
        return ExitCode.OK.code;
    }
}
