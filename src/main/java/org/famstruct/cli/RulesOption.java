package org.famstruct.cli;

import java.nio.file.Path;
import org.famstruct.detect.Rules;
import org.famstruct.detect.RulesFile;
import org.famstruct.detect.RulesResult;
import picocli.CommandLine.Option;

/** {@code --rules FILE}, shared by the commands that run the detectors. */
public final class RulesOption {
    @Option(names = "--rules", paramLabel = "FILE",
            description = "Thresholds and vocabulary (YAML); see: famstruct patterns --defaults.")
    Path file;

    /** The rules in force, or null after reporting the rules file's problems. */
    Rules rules(Streams io) {
        if (file == null) {
            return Rules.DEFAULTS;
        }
        RulesResult read = RulesFile.read(file);
        read.diagnostics().forEach(io::report);
        return read.ok() ? read.rules() : null;
    }
}
