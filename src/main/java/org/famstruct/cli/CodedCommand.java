package org.famstruct.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A command whose picocli model is built in code rather than read from annotations. Reading
 * annotations makes the JVM generate a proxy class per annotation type and picocli reflect over
 * every field, which costs more than a small run's whole work; the commands on the start-up
 * path ({@code analyze}, {@code validate}) and the root are built this way (docs/speed.md).
 * {@link Main} builds the model of such a command with {@link #model()}.
 */
interface CodedCommand {

    /** The command's model, its options bound to this object. */
    CommandSpec model();

    /** A subcommand's model in the shape the annotations gave it: options in the order added, help at the end. */
    static CommandSpec command(Object command, String name, String description, String... footer) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
        spec.usageMessage().sortOptions(false).description(description).footer(footer);
        return spec;
    }

    /**
     * {@code -h} and {@code -V} as picocli's {@code mixinStandardHelpOptions} makes them, with its
     * words, but without the annotations that mixin is read from.
     */
    static void standardHelpOptions(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
    }
}
