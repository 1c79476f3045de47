package org.famstruct.cli;

import java.util.Collections;
import java.util.List;
import org.famstruct.pipeline.CaseInputs;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** The PATH arguments of the commands that read many cases: expanded, their problems reported. */
final class CaseArgs {
    private CaseArgs() {}

    /** The PATH arguments, one or more, for a command built in code. */
    static PositionalParamSpec paths(Bind<List<String>> binding) {
        return PositionalParamSpec.builder().paramLabel("PATH").arity("1..*").required(true).type(List.class).auxiliaryTypes(String.class)
                .description("Case files, directories (walked for *.yaml, *.yml; hidden files and directories skipped), "
                        + "or - for stdin (once).")
                .getter(binding).setter(binding).build();
    }

    static CaseInputs.Expanded expand(List<String> paths, CommandSpec spec, Streams io) {
        // Standard input can be read once; a second '-' would silently be an empty case.
        if (Collections.frequency(paths, "-") > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "'-' (standard input) can be given only once");
        }
        CaseInputs.Expanded expanded = CaseInputs.expand(paths);
        expanded.problems().forEach(io::report);
        return expanded;
    }

    /**
     * The summary line of a batch: "3 files checked: 2 valid, 1 invalid", then "; 1 path not
     * read" when a path was missing or unreadable. With no file at all it says so, rather than
     * a "0 files checked" that reads like success.
     */
    static String summary(int files, String verb, String counts, CaseInputs.Expanded expanded) {
        int errors = expanded.errors();
        String unread = errors == 0 ? "" : Text.plural(errors, "path") + " not read";
        if (files == 0) {
            return "famstruct: no file " + verb + (unread.isEmpty() ? "" : ": " + unread);
        }
        return "famstruct: " + Text.plural(files, "file") + " " + verb + ": " + counts + (unread.isEmpty() ? "" : "; " + unread);
    }
}
