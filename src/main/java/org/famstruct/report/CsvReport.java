package org.famstruct.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.famstruct.detect.Finding;
import org.famstruct.model.PatternIds;

/**
 * {@code --format csv|tsv}: a tidy table. By default one row per family (file, family,
 * status, measures, then a count per reported pattern); with {@code --per finding}, one row per
 * finding (long format for R and pandas). A header row, stable column order, RFC 4180 quoting.
 * An invalid file still gets a row, with status {@code invalid}, so nothing silently drops out.
 * Text cells from the input go through {@link SafeText#cell} (no formulas in a spreadsheet).
 */
final class CsvReport implements ReportWriter {
    private static final List<String> FINDING_COLUMNS = List.of("file", "family", "pattern", "members", "against",
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
        header.addAll(settings.patterns());
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
            settings.patterns().forEach(p -> row.add(""));
            return row;
        }
        row.add(SafeText.cell(result.analysis().graph().family().name()));
        row.add("ok");
        MeasureColumns.of(result.analysis().measures()).values().forEach(v -> row.add(Numbers.text(v)));
        Map<String, Integer> counts = result.analysis().measures().counts();
        settings.patterns().forEach(p -> row.add(counts.getOrDefault(p, 0)));
        return row;
    }

    private static List<Object> findingRow(FamilyResult result, Finding f) {
        List<Object> row = new ArrayList<>();
        row.add(SafeText.cell(result.file()));
        row.add(SafeText.cell(result.analysis().graph().family().name()));
        row.add(f.pattern());
        for (String role : PatternIds.ROLES) {
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
