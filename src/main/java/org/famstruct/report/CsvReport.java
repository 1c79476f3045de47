package org.famstruct.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.famstruct.detect.Finding;
import org.famstruct.model.Pattern;

/**
 * {@code --format csv|tsv}: a tidy table. By default one row per family (file, family,
 * status, measures, a count per reported pattern, and the number of held-back notes); with {@code --per finding}, one row per
 * finding (long format for R and pandas). A header row, stable column order, RFC 4180 quoting.
 * An invalid file still gets a row, with status {@code invalid}, so nothing silently drops out.
 * Text cells from the input go through {@link SafeText#cell} (no formulas in a spreadsheet).
 */
final class CsvReport implements ReportWriter {
    private static final List<String> FINDING_COLUMNS = List.of("file", "family", "pattern", "kind", "members", "against",
            "between", "excluded", "toward", "strength", "attributes", "summary", "evidence_lines");

    private final CSVPrinter csv;
    private final ReportSettings settings;

    CsvReport(PrintWriter out, ReportSettings settings, boolean tabs) throws IOException {
        CSVFormat format = (tabs ? CSVFormat.TDF : CSVFormat.RFC4180).builder().setRecordSeparator('\n').build();
        this.csv = new CSVPrinter(out, format);
        this.settings = settings;
    }

    @Override
    public void begin() throws IOException {
        if (settings.perFinding()) {
            csv.printRecord(FINDING_COLUMNS);
            return;
        }
        List<String> header = new ArrayList<>(List.of("file", "family", "status"));
        MeasureColumns.names().forEach(header::add);
        // Every pattern has its column whatever --patterns says, so scripts can rely on the header.
        Arrays.stream(Pattern.values()).forEach(p -> header.add(p.id()));
        header.add("notes");
        csv.printRecord(header);
    }

    @Override
    public void family(FamilyResult result) throws IOException {
        if (settings.perFinding()) {
            if (result.ok()) {
                for (Finding f : result.analysis().findings()) {
                    csv.printRecord(findingRow(result, f));
                }
            }
        } else {
            csv.printRecord(familyRow(result));
        }
        csv.flush();
    }

    private List<Object> familyRow(FamilyResult result) {
        List<Object> row = new ArrayList<>();
        row.add(SafeText.cell(result.file()));
        if (!result.ok()) {
            row.add("");
            row.add("invalid");
            MeasureColumns.names().forEach(n -> row.add(""));
            Arrays.stream(Pattern.values()).forEach(p -> row.add(""));
            row.add("");
            return row;
        }
        row.add(SafeText.cell(result.analysis().graph().family().name()));
        row.add("ok");
        MeasureColumns.of(result.analysis().measures()).values().forEach(v -> row.add(Numbers.text(v)));
        Map<String, Integer> counts = result.analysis().measures().counts();
        // A pattern left out by --patterns/--exclude was not looked for: its cell is empty, not 0.
        for (Pattern p : Pattern.values()) {
            row.add(settings.patterns().contains(p) ? counts.getOrDefault(p.id(), 0) : "");
        }
        row.add(result.analysis().heldBack().size());
        return row;
    }

    private static List<Object> findingRow(FamilyResult result, Finding f) {
        List<Object> row = new ArrayList<>();
        row.add(SafeText.cell(result.file()));
        row.add(SafeText.cell(result.analysis().graph().family().name()));
        row.add(f.pattern().id());
        row.add(f.kind().id());
        for (String role : Pattern.ROLES) {
            row.add(SafeText.cell(String.join(" ", f.role(role))));
        }
        row.add(f.strength());
        row.add(SafeText.cell(Describe.attributes(f)));
        row.add(SafeText.cell(f.summary()));
        row.add(f.evidence().stream().map(e -> String.valueOf(e.pos().line())).collect(Collectors.joining(" ")));
        return row;
    }

    @Override
    public void end() throws IOException {
        csv.flush();
    }
}
