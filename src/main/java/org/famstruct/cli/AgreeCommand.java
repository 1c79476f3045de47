package org.famstruct.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.famstruct.detect.Agreement;
import org.famstruct.detect.Analyzer;
import org.famstruct.detect.Rules;
import org.famstruct.pipeline.CaseChecker;
import org.famstruct.pipeline.CaseInputs;
import org.famstruct.pipeline.CheckedCase;
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
                + "F1 over the corpus, and Cohen's kappa for presence per file.",
        footer = {"", "Examples:", "  famstruct agree coded-vignettes/", "  famstruct agree --format csv -o agreement.csv corpus/",
                "", "Exit: 0 ok, 1 some input invalid (left out of the scores), 2 usage error."})
final class AgreeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Case files or directories, or - for stdin.")
    List<String> paths;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "text, csv or json (default: ${DEFAULT-VALUE}).")
    String format = "text";

    @Option(names = "--patterns", split = ",", paramLabel = "ID", description = "Only these patterns.")
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

    AgreeCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        if (!AgreementReport.FORMATS.contains(format)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format: one of "
                    + String.join(", ", AgreementReport.FORMATS) + ", not '" + format + "'");
        }
        List<String> selected = PatternSelection.select(patterns, null, spec.commandLine());
        Rules rules = rulesOption.rules(io);
        if (rules == null) {
            return ExitCode.INVALID_INPUT.code;
        }
        Analyzer analyzer = new Analyzer(rules, Set.copyOf(selected));
        CaseChecker checker = new CaseChecker(load.limits(), load.strict, io.in());
        CaseInputs.Expanded expanded = CaseInputs.expand(paths);
        expanded.problems().forEach(io::report);
        Agreement agreement = new Agreement(selected);
        int[] counts = new int[2];
        OrderedParallel.run(expanded.inputs(), jobs.jobs(), checker::check, (CheckedCase checked) -> {
            checked.diagnostics().forEach(io::report);
            if (!checked.ok()) {
                counts[1]++;
                return;
            }
            counts[0]++;
            agreement.add(checked.graph().family().expected(), analyzer.analyze(checked.graph()).findings());
        });
        if (output == null) {
            AgreementReport.write(format, agreement, counts[0], io.rawOut());
            io.rawOut().flush();
        } else {
            try (AtomicOutput atomic = new AtomicOutput(output)) {
                AgreementReport.write(format, agreement, counts[0], atomic.stream());
                atomic.commit();
            }
        }
        return counts[1] > 0 || !expanded.problems().isEmpty() ? ExitCode.INVALID_INPUT.code : ExitCode.OK.code;
    }
}
