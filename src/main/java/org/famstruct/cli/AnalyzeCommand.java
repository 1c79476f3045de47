package org.famstruct.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.famstruct.detect.Analyzer;
import org.famstruct.detect.Rules;
import org.famstruct.pipeline.CaseChecker;
import org.famstruct.pipeline.CaseInputs;
import org.famstruct.pipeline.CheckedCase;
import org.famstruct.pipeline.OrderedParallel;
import org.famstruct.report.FamilyResult;
import org.famstruct.report.ReportFormats;
import org.famstruct.report.ReportSettings;
import org.famstruct.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

@Command(name = "analyze", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Load, validate and detect the patterns of each case; print the report.",
        footer = {"", "Examples:",
                "  famstruct analyze examples/psychosomatic-detouring.yaml",
                "  famstruct analyze --format csv -o scores.csv corpus/",
                "  famstruct analyze --format jsonl corpus/ | jq .findings[].pattern",
                "  famstruct analyze --patterns triangulation,coalition --fail-on any case.yaml",
                "", "Exit: 0 ok, 1 some input invalid (the rest still reported), 2 usage error, 4 --fail-on matched."})
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Case files, directories (walked for *.yaml, *.yml), or - for stdin.")
    List<String> paths;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "text, json, jsonl, csv, tsv or markdown (default: ${DEFAULT-VALUE}).")
    String format = "text";

    @Option(names = "--per", paramLabel = "family|finding",
            description = "csv/tsv rows: one per family (default) or one per finding (long format).")
    String per = "family";

    @Option(names = "--patterns", split = ",", paramLabel = "ID", description = "Only these patterns (comma-separated).")
    List<String> patterns;

    @Option(names = "--exclude", split = ",", paramLabel = "ID", description = "Leave out these patterns.")
    List<String> exclude;

    @Option(names = "--fail-on", split = ",", paramLabel = "ID|any",
            description = "Exit 4 when a finding of these patterns (or any) is reported.")
    List<String> failOn;

    @Mixin
    RulesOption rulesOption;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (atomically) instead of stdout.")
    Path output;

    @Option(names = "--color", paramLabel = "WHEN",
            description = "auto (a terminal, and NO_COLOR unset), always or never (default: ${DEFAULT-VALUE}).")
    String color = "auto";

    @Mixin
    LoadOptions load;

    @Mixin
    JobsOption jobs;

    private final Streams io;

    AnalyzeCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        CommandLine cmd = spec.commandLine();
        if (!ReportFormats.NAMES.contains(format)) {
            throw new CommandLine.ParameterException(cmd, "--format: unknown format '" + format + "'; choose one of "
                    + String.join(", ", ReportFormats.NAMES));
        }
        if (!per.equals("family") && !per.equals("finding")) {
            throw new CommandLine.ParameterException(cmd, "--per: 'family' or 'finding', not '" + per + "'");
        }
        List<String> selected = PatternSelection.select(patterns, exclude, cmd);
        Set<String> failing = failOnSet(cmd);
        Rules rules = rulesOption.rules(io);
        if (rules == null) {
            return ExitCode.INVALID_INPUT.code;
        }
        Analyzer analyzer = new Analyzer(rules, Set.copyOf(selected));
        CaseChecker checker = new CaseChecker(load.limits(), load.strict, io.in());
        ReportSettings settings = new ReportSettings(rules, selected, useColor(), per.equals("finding"));

        CaseInputs.Expanded expanded = CaseInputs.expand(paths);
        expanded.problems().forEach(io::report);
        Tally tally = new Tally();
        if (output == null) {
            run(expanded, checker, analyzer, settings, io.rawOut(), tally, failing);
        } else {
            try (AtomicOutput atomic = new AtomicOutput(output)) {
                run(expanded, checker, analyzer, settings, atomic.stream(), tally, failing);
                atomic.commit();
            }
        }
        int files = tally.valid + tally.invalid;
        if (files > 1 || tally.invalid > 0 || !expanded.problems().isEmpty()) {
            io.err().println("famstruct: " + Text.plural(files, "file") + " analyzed: " + tally.valid
                    + " valid, " + tally.invalid + " invalid; " + Text.plural(tally.findings, "finding"));
        }
        if (tally.invalid > 0 || !expanded.problems().isEmpty()) {
            return ExitCode.INVALID_INPUT.code;
        }
        return tally.failOnMatched ? ExitCode.FAIL_ON.code : ExitCode.OK.code;
    }

    /** Counts as the families are written. */
    private static final class Tally {
        int valid;
        int invalid;
        int findings;
        boolean failOnMatched;
    }

    private void run(CaseInputs.Expanded expanded, CaseChecker checker, Analyzer analyzer, ReportSettings settings,
            OutputStream out, Tally tally, Set<String> failing) throws IOException {
        ReportWriter writer = ReportFormats.create(format, out, settings);
        Progress progress = new Progress(io, expanded.inputs().size());
        writer.begin();
        OrderedParallel.run(expanded.inputs(), jobs.jobs(), input -> {
            CheckedCase checked = checker.check(input);
            return new FamilyResult(input.display(), checked.ok() ? analyzer.analyze(checked.graph()) : null,
                    checked.diagnostics());
        }, result -> {
            if (!result.diagnostics().isEmpty()) {
                progress.clear();
                result.diagnostics().forEach(io::report);
            }
            progress.step();
            if (result.ok()) {
                tally.valid++;
                tally.findings += result.analysis().findings().size();
                tally.failOnMatched |= result.analysis().findings().stream().anyMatch(f -> failing.contains(f.pattern()));
            } else {
                tally.invalid++;
            }
            try {
                writer.family(result);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        writer.end();
        out.flush();
        progress.finish();
    }

    private Set<String> failOnSet(CommandLine cmd) {
        if (failOn == null) {
            return Set.of();
        }
        if (failOn.contains("any")) {
            return Set.copyOf(org.famstruct.model.PatternIds.ALL);
        }
        return new HashSet<>(PatternSelection.check(failOn, "--fail-on", cmd));
    }

    private boolean useColor() {
        return switch (color) {
            case "always" -> true;
            case "never" -> false;
            default -> output == null && io.terminal() && System.getenv("NO_COLOR") == null;
        };
    }
}
