package org.famstruct.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.famstruct.detect.Evidence;
import org.famstruct.detect.Finding;
import org.famstruct.detect.HeldBack;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.model.Pattern;

import static org.famstruct.report.SafeText.visible;

/**
 * {@code --format text}: a report for a person. Per family: members by generation, the problem
 * findings grouped by pattern, each with its sentence, roles, strength, attributes and evidence
 * lines, then the strengths the same way, the held-back notes, and the measures. Errors are on
 * stderr; here an invalid file only gets a pointer to them. Every value from the case goes
 * through {@link SafeText#visible}: this report is read on terminals.
 */
final class TextReport implements ReportWriter {
    private final PrintWriter out;
    private final Ansi ansi;
    private boolean first = true;

    TextReport(PrintWriter out, ReportSettings settings) {
        this.out = out;
        this.ansi = new Ansi(settings.color());
    }

    @Override
    public void family(FamilyResult result) throws IOException {
        if (!first) {
            out.println();
        }
        first = false;
        if (!result.ok()) {
            int n = result.errors().size();
            out.println(ansi.bold(visible(result.file())) + ": not analyzed, " + n + " error" + (n == 1 ? "" : "s")
                    + " (listed on stderr)");
            out.flush();
            return;
        }
        FamilyGraph graph = result.analysis().graph();
        out.println(ansi.bold(visible(graph.family().name())) + "  " + ansi.dim("(" + visible(result.file()) + ")"));
        if (graph.family().source() != null) {
            out.println("Source: " + visible(graph.family().source()));
        }
        out.println("Members by generation:");
        Describe.generations(graph).forEach((g, names) -> out.println("  " + g + ": " + visible(String.join(", ", names))));
        writeFindings("Problems", result.analysis().findings(Pattern.Kind.PROBLEM));
        writeFindings("Strengths", result.analysis().findings(Pattern.Kind.STRENGTH));
        writeNotes(result.analysis().heldBack());
        StringBuilder measures = new StringBuilder("Measures:");
        MeasureColumns.of(result.analysis().measures()).forEach((name, value) ->
                measures.append(' ').append(name.replace('_', ' ')).append(' ')
                        .append(value == null ? "-" : Numbers.text(value)).append(';'));
        measures.setLength(measures.length() - 1);
        out.println(measures);
        out.flush();
    }

    /** Findings of one kind under a title ("Problems", "Strengths"), grouped by pattern. */
    private void writeFindings(String title, List<Finding> findings) {
        if (findings.isEmpty()) {
            out.println(title + ": none");
            return;
        }
        out.println(title + ": " + findings.size());
        Map<Pattern, List<Finding>> byPattern = new LinkedHashMap<>();
        for (Finding finding : findings) {
            byPattern.computeIfAbsent(finding.pattern(), p -> new java.util.ArrayList<>()).add(finding);
        }
        byPattern.forEach((pattern, list) -> {
            out.println("  " + ansi.pattern(pattern.id()) + " (" + list.size() + ")");
            for (Finding finding : list) {
                out.println("    - " + visible(finding.summary()));
                String attributes = Describe.attributes(finding);
                out.println("      " + visible(Describe.roles(finding)) + "; strength " + finding.strength()
                        + (attributes.isEmpty() ? "" : "; " + visible(attributes)));
                for (Evidence evidence : finding.evidence()) {
                    out.println("      " + ansi.dim(visible(Describe.evidence(evidence))));
                }
                for (String note : finding.notes()) {
                    out.println("      " + ansi.warn("note: " + visible(note)));
                }
            }
        });
    }

    /** Findings held back because their member is an adult: shown only when there are some. */
    private void writeNotes(List<HeldBack> notes) {
        if (notes.isEmpty()) {
            return;
        }
        out.println("Notes: " + notes.size());
        for (HeldBack note : notes) {
            out.println("  - " + ansi.warn(visible(note.text())));
        }
    }
}
