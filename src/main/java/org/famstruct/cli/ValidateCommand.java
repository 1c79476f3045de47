package org.famstruct.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.famstruct.pipeline.CaseChecker;
import org.famstruct.pipeline.CaseInputs;
import org.famstruct.pipeline.CheckedCase;
import org.famstruct.pipeline.OrderedParallel;
import org.famstruct.report.SafeText;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code famstruct validate}: its model is built in code, for start-up ({@link CodedCommand}). */
final class ValidateCommand implements Callable<Integer>, CodedCommand {
    CommandSpec spec;
    List<String> paths;
    boolean quiet;
    final LoadOptions load = new LoadOptions();
    final JobsOption jobs = new JobsOption();

    private final Streams io;

    ValidateCommand(Streams io) {
        this.io = io;
    }

    @Override
    public CommandSpec model() {
        spec = CodedCommand.command(this, "validate",
                "Load and validate case files; every problem as file:line:col: message.",
                "", "Examples:",
                "  famstruct validate examples/",
                "  famstruct validate --quiet cases/*.yaml",
                "  cat case.yaml | famstruct validate -",
                "", "Exit: 0 all valid, 1 some input invalid, 2 usage error.");
        spec.addPositional(CaseArgs.paths(Bind.to(() -> paths, value -> paths = value)));
        Bind<Boolean> silence = Bind.to(() -> quiet, value -> quiet = value);
        spec.addOption(OptionSpec.builder("-q", "--quiet").paramLabel("<quiet>").type(boolean.class)
                .description("Print nothing for valid files.").initialValue(false).getter(silence).setter(silence).build());
        load.addTo(spec);
        jobs.addTo(spec);
        CodedCommand.standardHelpOptions(spec);
        return spec;
    }

    @Override
    public Integer call() {
        CaseInputs.Expanded expanded = CaseArgs.expand(paths, spec, io);
        CaseChecker checker = new CaseChecker(load.limits(), load.strict, io.in());
        int[] counts = new int[2];
        OrderedParallel.run(expanded.inputs(), jobs.jobs(), checker::check, checked -> {
            checked.diagnostics().forEach(io::report);
            counts[checked.ok() ? 0 : 1]++;
            if (checked.ok() && !quiet) {
                io.out().println(SafeText.visible(checked.input().display()) + ": valid (" + describe(checked) + ")");
            }
        });
        int invalid = counts[1] + expanded.errors();
        if (counts[0] + counts[1] > 1 || invalid > 0) {
            io.err().println(CaseArgs.summary(counts[0] + counts[1], "checked", counts[0] + " valid, " + counts[1]
                    + " invalid", expanded));
        }
        return invalid > 0 ? ExitCode.INVALID_INPUT.code : ExitCode.OK.code;
    }

    private static String describe(CheckedCase checked) {
        var family = checked.graph().family();
        return Text.plural(family.members().size(), "member") + ", " + Text.plural(checked.graph().generationCount(), "generation")
                + ", " + Text.plural(family.relationships().size(), "relationship");
    }
}
