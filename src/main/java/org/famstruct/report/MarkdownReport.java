package org.famstruct.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.famstruct.detect.Finding;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.model.Pattern;

/** {@code --format markdown}: the text report as Markdown, for case notes and supplements. */
final class MarkdownReport implements ReportWriter {
    private final PrintWriter out;
    private boolean first = true;

    MarkdownReport(PrintWriter out) {
        this.out = out;
    }

    /**
     * Table cells cannot hold a raw pipe; control characters (a newline too) are shown as
     * escapes so a name can neither start a new line of the report nor reach a terminal raw.
     */
    static String cell(String text) {
        return SafeText.visible(text.replace("\\", "\\\\").replace("|", "\\|"));
    }

    /** A file name in a code span: a backtick would end the span early, so the span grows. */
    static String code(String text) {
        String shown = SafeText.visible(text);
        return shown.contains("`") ? "`` " + shown + " ``" : "`" + shown + "`";
    }

    @Override
    public void family(FamilyResult result) throws IOException {
        if (!first) {
            out.println();
        }
        first = false;
        if (!result.ok()) {
            out.println("## " + code(result.file()));
            out.println();
            out.println("Not analyzed:");
            out.println();
            result.errors().forEach(e -> out.println("- line " + e.pos().line() + ", column " + e.pos().column() + ": "
                    + cell(e.message())));
            out.flush();
            return;
        }
        FamilyGraph graph = result.analysis().graph();
        out.println("## " + cell(graph.family().name()));
        out.println();
        out.println("File: " + code(result.file()) + (graph.family().source() == null ? ""
                : "  \nSource: " + cell(graph.family().source())));
        out.println();
        out.println("| generation | members |");
        out.println("|---|---|");
        Describe.generations(graph).forEach((g, names) -> out.println("| " + g + " | " + cell(String.join(", ", names)) + " |"));
        out.println();
        table("Problems", result.analysis().findings(Pattern.Kind.PROBLEM));
        table("Strengths", result.analysis().findings(Pattern.Kind.STRENGTH));
        if (!result.analysis().heldBack().isEmpty()) {
            out.println("**Notes:**");
            out.println();
            result.analysis().heldBack().forEach(n -> out.println("- " + cell(n.text())));
            out.println();
        }
        out.println(MeasureColumns.of(result.analysis().measures()).entrySet().stream()
                .map(e -> e.getKey().replace('_', ' ') + ": " + (e.getValue() == null ? "–" : Numbers.text(e.getValue())))
                .collect(Collectors.joining(" · ", "**Measures:** ", "")));
        out.flush();
    }

    /** One kind of findings as a table under a bold title, or a line saying there are none. */
    private void table(String title, List<Finding> findings) {
        if (findings.isEmpty()) {
            out.println("**" + title + ":** none.");
            out.println();
            return;
        }
        out.println("**" + title + ":**");
        out.println();
        out.println("| pattern | finding | roles | strength | attributes | evidence (lines) |");
        out.println("|---|---|---|---|---|---|");
        for (Finding f : findings) {
            String lines = f.evidence().stream().map(e -> String.valueOf(e.pos().line())).collect(Collectors.joining(", "));
            out.println("| " + f.pattern().id() + " | " + cell(f.summary()) + " | " + cell(Describe.roles(f)) + " | "
                    + f.strength() + " | " + cell(Describe.attributes(f)) + " | " + lines + " |");
        }
        out.println();
    }
}
