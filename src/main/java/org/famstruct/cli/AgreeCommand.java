package org.famstruct.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.famstruct.model.Pattern;
import java.util.Set;
import java.util.concurrent.Callable;
import org.famstruct.compare.Agreement;
import org.famstruct.compare.MissExplainer;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.compare.Bootstrap;
import org.famstruct.detect.Analyzer;
import org.famstruct.detect.Finding;
import org.famstruct.detect.Rules;
import org.famstruct.pipeline.CaseChecker;
import org.famstruct.pipeline.CaseInputs;
import org.famstruct.pipeline.CheckedCase;
import org.famstruct.pipeline.FileFailures;
import org.famstruct.pipeline.OrderedParallel;
import org.famstruct.report.AgreementReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

@Command(name = "agree", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Score the detections against each file's expected: labels: per-pattern precision, recall and "
                + "F1 over the corpus, and Cohen's kappa for presence per file; micro and macro averages; agreement "
                + "on the triads whatever the pattern is called; bootstrap intervals with --ci.",
        footer = {"", "Examples:", "  famstruct agree coded-vignettes/", "  famstruct agree --format csv -o agreement.csv corpus/",
                "  famstruct agree --ci --seed 7 corpus/", "  famstruct agree --per file corpus/",
                "  famstruct agree --coders coding/anna coding/ben",
                "", "Exit: 0 ok, 1 some input invalid (left out of the scores), 2 usage error."})
final class AgreeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Case files or directories, or - for stdin.")
    List<String> paths;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    AgreementReport.Format format = AgreementReport.Format.TEXT;

    @Option(names = "--coders", description = "Compare coders instead: each PATH is one coder's directory, files "
            + "matched by their path inside it; inter-rater reliability of the coding and of the findings it leads to.")
    boolean coders;

    @Option(names = "--per", paramLabel = "ROW",
            description = "One row per pattern (the scores, default) or per file: each true positive (tp), "
                    + "false positive (fp) and miss (fn) with its members: ${COMPLETION-CANDIDATES}.")
    AgreementReport.Per per = AgreementReport.Per.PATTERN;

    @Option(names = "--ci", description = "Add 95%% percentile bootstrap intervals, resampling the labelled files.")
    boolean ci;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the bootstrap's draws (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--resamples", paramLabel = "N", converter = Positive.IntConverter.class,
            description = "Bootstrap resamples (default: ${DEFAULT-VALUE}).")
    int resamples = 1000;

    @Option(names = "--patterns", split = ",", paramLabel = "ID", completionCandidates = PatternSelection.Ids.class,
            description = "Only these patterns.")
    List<String> patterns;

    @Mixin
    RulesOption rulesOption;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write there (atomically) instead of stdout.")
    Path output;

    @Mixin
    LoadOptions load;

    @Mixin
    JobsOption jobs;

    private final Streams io;

    /** One file checked, and its findings when it was valid. */
    private record Scored(CheckedCase checked, List<Finding> findings) {}

    AgreeCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        List<Pattern> selected = PatternSelection.select(patterns, null, spec.commandLine());
        Rules rules = rulesOption.rules(io);
        if (rules == null) {
            return ExitCode.INVALID_INPUT.code;
        }
        Analyzer analyzer = new Analyzer(rules, Set.copyOf(selected));
        CaseChecker checker = new CaseChecker(load.limits(), load.strict, io.in());
        if (coders) {
            if (ci) {
                // Refused rather than ignored: a reader would take the table for one with intervals.
                throw new CommandLine.ParameterException(spec.commandLine(), "--ci is not available with --coders");
            }
            return new CoderComparison(spec, io, checker, analyzer, jobs.jobs()).run(paths, selected, format, per, output);
        }
        CaseInputs.Expanded expanded = CaseArgs.expand(paths, spec, io);
        Agreement agreement = new Agreement(selected);
        int[] counts = new int[2];
        // The output is opened first, so that -o onto an input is refused before the corpus is read.
        ReportOutput.write(io, output, Inputs.paths(expanded, rulesOption, io), out -> {
            // Analyzed on the workers, inside the file's guard: running out of memory there is that file's error.
            OrderedParallel.run(expanded.inputs(), jobs.jobs(), input -> FileFailures.guard(input, () -> {
                CheckedCase checked = checker.check(input);
                return new Scored(checked, checked.ok() ? analyzer.analyze(checked.graph()).findings() : null);
            }, failure -> new Scored(new CheckedCase(input, null, List.of(failure)), null)), scored -> {
                scored.checked().diagnostics().forEach(io::report);
                if (!scored.checked().ok()) {
                    counts[1]++;
                    return;
                }
                counts[0]++;
                FamilyGraph graph = scored.checked().graph();
                agreement.add(scored.checked().input().display(), graph.family().expected(), scored.findings(),
                        label -> MissExplainer.why(analyzer, graph, label));
            });
            if (per == AgreementReport.Per.FILE) {
                AgreementReport.writeMarks(format, agreement.marks(), out);
            } else {
                List<Agreement.Row> rows = ci ? agreement.results(new Bootstrap(seed, resamples)) : agreement.results();
                AgreementReport.write(format, agreement, rows, ci, counts[0], out);
            }
        });
        return counts[1] > 0 || expanded.errors() > 0 ? ExitCode.INVALID_INPUT.code : ExitCode.OK.code;
    }
}
