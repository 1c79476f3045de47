package org.famstruct.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.famstruct.model.Pattern;
import java.util.Set;
import java.util.concurrent.Callable;
import org.famstruct.detect.Analyzer;
import org.famstruct.detect.Rules;
import org.famstruct.pipeline.CaseChecker;
import org.famstruct.pipeline.CaseInputs;
import org.famstruct.pipeline.CheckedCase;
import org.famstruct.pipeline.FileFailures;
import org.famstruct.pipeline.OrderedParallel;
import org.famstruct.report.FamilyResult;
import org.famstruct.report.ReportFormat;
import org.famstruct.report.ReportFormats;
import org.famstruct.report.ReportSettings;
import org.famstruct.report.ReportWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine;

/** {@code famstruct analyze}: its model is built in code, for start-up ({@link CodedCommand}). */
final class AnalyzeCommand implements Callable<Integer>, CodedCommand {
    CommandSpec spec;
    List<String> paths;
    ReportFormat format = ReportFormat.TEXT;

    /** The rows of csv/tsv. */
    enum Per {
        FAMILY, FINDING;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    Per per = Per.FAMILY;
    List<String> patterns;
    List<String> exclude;
    List<String> failOn;
    final RulesOption rulesOption = new RulesOption();
    Path output;
    ColorWhen color = ColorWhen.AUTO;
    final LoadOptions load = new LoadOptions();
    final JobsOption jobs = new JobsOption();

    private final Streams io;

    AnalyzeCommand(Streams io) {
        this.io = io;
    }

    @Override
    public CommandSpec model() {
        spec = CodedCommand.command(this, "analyze",
                "Load, validate and detect the patterns of each case; print the report.",
                "", "Examples:",
                "  famstruct analyze examples/psychosomatic-detouring.yaml",
                "  famstruct analyze --format csv -o scores.csv corpus/",
                "  famstruct analyze --format jsonl corpus/ | jq .findings[].pattern",
                "  famstruct analyze --patterns triangulation,coalition --fail-on any case.yaml",
                "", "Exit: 0 ok, 1 some input invalid (the rest still reported), 2 usage error, 4 --fail-on matched.");
        spec.addPositional(CaseArgs.paths(Bind.to(() -> paths, value -> paths = value)));
        Bind<ReportFormat> formats = Bind.to(() -> format, value -> format = value);
        spec.addOption(OptionSpec.builder("-f", "--format").paramLabel("FORMAT").type(ReportFormat.class)
                .description("${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).").initialValue(format)
                .getter(formats).setter(formats).build());
        Bind<Per> rows = Bind.to(() -> per, value -> per = value);
        spec.addOption(OptionSpec.builder("--per").paramLabel("ROW").type(Per.class).initialValue(per)
                .description("csv/tsv rows: one per family (default) or one per finding (long format): "
                        + "${COMPLETION-CANDIDATES}.")
                .getter(rows).setter(rows).build());
        spec.addOption(patternList("--patterns", "ID", new PatternSelection.Ids(), "Only these patterns (comma-separated).",
                Bind.to(() -> patterns, value -> patterns = value)));
        spec.addOption(patternList("--exclude", "ID", new PatternSelection.Ids(), "Leave out these patterns.",
                Bind.to(() -> exclude, value -> exclude = value)));
        spec.addOption(patternList("--fail-on", "ID|any", new PatternSelection.IdsOrAny(),
                "Exit 4 when a finding of these patterns (or any) is reported.",
                Bind.to(() -> failOn, value -> failOn = value)));
        rulesOption.addTo(spec);
        Bind<Path> file = Bind.to(() -> output, value -> output = value);
        spec.addOption(OptionSpec.builder("-o", "--output").paramLabel("FILE").type(Path.class)
                .description("Write the report to FILE (atomically) instead of stdout.").getter(file).setter(file).build());
        Bind<ColorWhen> when = Bind.to(() -> color, value -> color = value);
        spec.addOption(OptionSpec.builder("--color").paramLabel("WHEN").type(ColorWhen.class).initialValue(color)
                .description("${COMPLETION-CANDIDATES}: auto colours a terminal unless NO_COLOR is set and not empty; "
                        + "always and never override NO_COLOR (default: ${DEFAULT-VALUE}).")
                .getter(when).setter(when).build());
        load.addTo(spec);
        jobs.addTo(spec);
        CodedCommand.standardHelpOptions(spec);
        return spec;
    }

    /** {@code --patterns} and its kin: comma-separated pattern ids, completed from the catalog. */
    private static OptionSpec patternList(String name, String label, Iterable<String> candidates, String description,
            Bind<List<String>> binding) {
        return OptionSpec.builder(name).paramLabel(label).type(List.class).auxiliaryTypes(String.class).splitRegex(",")
                .completionCandidates(candidates).description(description).getter(binding).setter(binding).build();
    }

    @Override
    public Integer call() throws IOException {
        CommandLine cmd = spec.commandLine();
        List<Pattern> selected = PatternSelection.select(patterns, exclude, cmd);
        Set<Pattern> failing = failOnSet(cmd);
        Rules rules = rulesOption.rules(io);
        if (rules == null) {
            return ExitCode.INVALID_INPUT.code;
        }
        Analyzer analyzer = new Analyzer(rules, Set.copyOf(selected));
        CaseChecker checker = new CaseChecker(load.limits(), load.strict, io.in());
        ReportSettings settings = new ReportSettings(rules, selected,
                color.colour(output == null && io.terminal(), io.env()), per == Per.FINDING);

        CaseInputs.Expanded expanded = CaseArgs.expand(paths, spec, io);
        Tally tally = new Tally();
        ReportOutput.write(io, output, Inputs.paths(expanded, rulesOption, io),
                out -> run(expanded, checker, analyzer, settings, out, tally, failing));
        int files = tally.valid + tally.invalid;
        if (files > 1 || tally.invalid > 0 || expanded.errors() > 0) {
            io.err().println(CaseArgs.summary(files, "analyzed", tally.valid + " valid, " + tally.invalid + " invalid; "
                    + Text.plural(tally.findings, "finding"), expanded));
        }
        if (tally.invalid > 0 || expanded.errors() > 0) {
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
            FailFastOutputStream out, Tally tally, Set<Pattern> failing) throws IOException {
        ReportWriter writer = ReportFormats.create(format.id(), out, settings);
        Progress progress = new Progress(io, expanded.inputs().size());
        writer.begin();
        OrderedParallel.run(expanded.inputs(), jobs.jobs(), input -> FileFailures.guard(input, () -> {
            CheckedCase checked = checker.check(input);
            return new FamilyResult(input.display(), checked.ok() ? analyzer.analyze(checked.graph()) : null,
                    checked.diagnostics());
        }, failure -> new FamilyResult(input.display(), null, List.of(failure))), result -> {
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
                out.throwIfFailed();
                throw new UncheckedIOException(e);
            }
            // The text writers swallow write errors: stop at the first one, not after the whole batch.
            out.throwIfFailed();
        });
        writer.end();
        out.flush();
        progress.finish();
    }

    /** The patterns of --fail-on; {@code any} means any problem (a strength never fails a run). */
    private Set<Pattern> failOnSet(CommandLine cmd) {
        if (failOn == null) {
            return Set.of();
        }
        if (failOn.contains("any")) {
            return EnumSet.copyOf(Arrays.stream(Pattern.values()).filter(Pattern::isProblem).toList());
        }
        return new HashSet<>(PatternSelection.check(failOn, "--fail-on", cmd));
    }
}
