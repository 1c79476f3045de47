package org.famstruct.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.famstruct.detect.Rules;
import org.famstruct.detect.RulesFile;
import org.famstruct.detect.RulesResult;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --rules FILE}, shared by the commands that run the detectors. A mixin, or {@link #addTo}
 * (see {@link LoadOptions}).
 */
public final class RulesOption {
    static final String DESCRIPTION = "Thresholds and vocabulary (YAML); see: famstruct patterns --defaults.";

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--rules", paramLabel = "FILE", description = DESCRIPTION)
    Path file;

    /** The same option added to a command built in code. */
    void addTo(CommandSpec command) {
        mixee = command;
        Bind<Path> binding = Bind.to(() -> file, value -> file = value);
        command.addOption(OptionSpec.builder("--rules").paramLabel("FILE").type(Path.class).description(DESCRIPTION)
                .getter(binding).setter(binding).build());
    }

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
