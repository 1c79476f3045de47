package org.famstruct.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.famstruct.detect.Rules;
import org.famstruct.detect.RulesFile;
import org.famstruct.detect.RulesResult;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --rules FILE}, shared by the commands that run the detectors. */
public final class RulesOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "Thresholds and vocabulary (YAML); see: famstruct patterns --defaults.")
    Path file;

    /** The rules in force, or null after reporting the rules file's problems (exit 1). */
    Rules rules(Streams io) {
        if (file == null) {
            return Rules.DEFAULTS;
        }
        // A rules file that is not there is a mistyped option (exit 2), not invalid input (exit 1).
        if (!Files.exists(file)) {
            throw new CommandLine.ParameterException(mixee.commandLine(), "--rules: no such file '" + file + "'");
        }
        RulesResult read = RulesFile.read(file);
        read.diagnostics().forEach(io::report);
        return read.ok() ? read.rules() : null;
    }
}
