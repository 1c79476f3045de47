package org.famstruct.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.famstruct.detect.Analyzer;
import org.famstruct.detect.Finding;
import org.famstruct.detect.Rules;
import org.famstruct.detect.StructureDiff;
import org.famstruct.map.MapOptions;
import org.famstruct.map.MapRenderer;
import org.famstruct.map.MapStyle;
import org.famstruct.model.PatternIds;
import org.famstruct.pipeline.CaseChecker;
import org.famstruct.pipeline.CaseInput;
import org.famstruct.pipeline.CheckedCase;
import org.famstruct.report.DiffReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

@Command(name = "diff", sortOptions = false, mixinStandardHelpOptions = true,
        description = "What changed in structure between two snapshots of one family: findings gone, new or "
                + "changed in strength; relationships added, removed or changed; members; measures.",
        footer = {"", "Examples:", "  famstruct diff intake.yaml session-12.yaml",
                "  famstruct diff --format json before.yaml after.yaml | jq .findings.gone",
                "", "Exit: 0 (changes or not), 1 an input is invalid, 2 usage error."})
final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BEFORE", description = "The earlier snapshot.")
    Path before;

    @Parameters(index = "1", paramLabel = "AFTER", description = "The later snapshot.")
    Path after;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "text, json, or dot: AFTER's structural map with only the new and changed findings drawn "
                    + "(default: ${DEFAULT-VALUE}).")
    String format = "text";

    @Mixin
    RulesOption rulesOption;

    @Mixin
    LoadOptions load;

    private final Streams io;

    DiffCommand(Streams io) {
        this.io = io;
    }

    /** The later snapshot's structural map, drawing only what appeared or changed since the earlier one. */
    private static String changesMap(CheckedCase later, StructureDiff diff) {
        List<Finding> shown = new java.util.ArrayList<>(diff.findingsNew());
        diff.findingsChanged().forEach(c -> shown.add(c.after()));
        MapOptions options = MapOptions.DEFAULTS.withHighlight(Set.copyOf(PatternIds.ALL));
        return MapRenderer.forStyle(MapStyle.STRUCTURAL).render(later.graph(), shown, options);
    }

    @Override
    public Integer call() throws IOException {
        if (!DiffReport.FORMATS.contains(format) && !format.equals("dot")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format: text, json or dot, not '"
                    + format + "'");
        }
        Rules rules = rulesOption.rules(io);
        if (rules == null) {
            return ExitCode.INVALID_INPUT.code;
        }
        CaseChecker checker = new CaseChecker(load.limits(), load.strict, io.in());
        List<CheckedCase> cases = List.of(checker.check(new CaseInput(before)), checker.check(new CaseInput(after)));
        cases.forEach(c -> c.diagnostics().forEach(io::report));
        if (!cases.get(0).ok() || !cases.get(1).ok()) {
            return ExitCode.INVALID_INPUT.code;
        }
        Analyzer analyzer = new Analyzer(rules, Set.copyOf(PatternIds.ALL));
        StructureDiff diff = StructureDiff.of(analyzer.analyze(cases.get(0).graph()), analyzer.analyze(cases.get(1).graph()));
        if (format.equals("dot")) {
            io.out().print(changesMap(cases.get(1), diff));
            io.out().flush();
            return ExitCode.OK.code;
        }
        DiffReport.write(format, diff, before.toString(), after.toString(), io.rawOut());
        io.rawOut().flush();
        return ExitCode.OK.code;
    }
}
