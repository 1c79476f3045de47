package org.famstruct.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.famstruct.detect.Analyzer;
import org.famstruct.detect.CodedChanges;
import org.famstruct.detect.Finding;
import org.famstruct.detect.Rules;
import org.famstruct.detect.StructureDiff;
import java.util.EnumSet;
import org.famstruct.map.MapOptions;
import org.famstruct.map.MapRenderer;
import org.famstruct.map.MapStyle;
import org.famstruct.model.Pattern;
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
                "  famstruct diff --exit-code intake.yaml session-12.yaml || echo changed",
                "", "Exit: 0 (with --exit-code: no change), 1 an input is invalid, 2 usage error,",
                "5 with --exit-code: the snapshots differ."})
final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BEFORE", description = "The earlier snapshot.")
    Path before;

    @Parameters(index = "1", paramLabel = "AFTER", description = "The later snapshot.")
    Path after;

    /** text and json are DiffReport's; dot is AFTER's map with only the new and changed findings drawn. */
    enum Format {
        TEXT, JSON, DOT;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "${COMPLETION-CANDIDATES}; dot: AFTER's structural map with only the new and changed "
                    + "findings drawn (default: ${DEFAULT-VALUE}).")
    Format format = Format.TEXT;

    @Option(names = "--exit-code", description = "Exit 5 when the snapshots differ, 0 when they do not (as git diff "
            + "--exit-code does, with 5 since 1 means invalid input here).")
    boolean exitCode;

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
        MapOptions options = MapOptions.DEFAULTS.withHighlight(Set.copyOf(Pattern.IDS));
        return MapRenderer.forStyle(MapStyle.STRUCTURAL).render(later.graph(), shown, options);
    }

    @Override
    public Integer call() throws IOException {
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
        Analyzer analyzer = new Analyzer(rules, EnumSet.allOf(Pattern.class));
        StructureDiff diff = StructureDiff.of(analyzer.analyze(cases.get(0).graph()), analyzer.analyze(cases.get(1).graph()));
        CodedChanges coded = CodedChanges.of(cases.get(0).graph().family(), cases.get(1).graph().family());
        if (format == Format.DOT) {
            io.out().print(changesMap(cases.get(1), diff));
            io.out().flush();
        } else {
            DiffReport.write(format.toString(), diff, coded, before.toString(), after.toString(), io.rawOut());
            io.rawOut().flush();
        }
        boolean changed = !diff.isEmpty() || !coded.isEmpty();
        return exitCode && changed ? ExitCode.CHANGED.code : ExitCode.OK.code;
    }
}
