package org.famstruct.cli;

import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The help footer: example command lines (indented by two spaces) are printed as they are, never
 * wrapped, so each can be copied and run; the prose around them is wrapped to the help width.
 */
final class HelpFooter implements CommandLine.IHelpSectionRenderer {

    /** Installs the footer on the command and every subcommand. */
    static void install(CommandLine cli) {
        cli.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_FOOTER, new HelpFooter());
        cli.getSubcommands().values().forEach(HelpFooter::install);
    }

    @Override
    public String render(Help help) {
        UsageMessageSpec usage = help.commandSpec().usageMessage();
        StringBuilder out = new StringBuilder();
        for (String line : usage.footer()) {
            if (line.startsWith("  ")) {
                out.append(line).append(System.lineSeparator());
            } else {
                wrap(line, usage.width(), out);
            }
        }
        return out.toString();
    }

    /** Prose at word boundaries; a word longer than the width stays whole. */
    static void wrap(String prose, int width, StringBuilder out) {
        int lineLength = 0;
        for (String word : prose.split(" ")) {
            if (lineLength > 0 && lineLength + 1 + word.length() > width) {
                out.append(System.lineSeparator());
                lineLength = 0;
            }
            if (lineLength > 0) {
                out.append(' ');
                lineLength++;
            }
            out.append(word);
            lineLength += word.length();
        }
        out.append(System.lineSeparator());
    }
}
