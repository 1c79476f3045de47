package org.famstruct.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A header and rows as RFC 4180 CSV with LF line ends, for the agreement tables. The cells are
 * written as given: text from the input must already have gone through {@link SafeText#cell}.
 */
final class CsvTable {
    private CsvTable() {}

    static void write(List<String> header, List<List<String>> rows, OutputStream out) throws IOException {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator('\n').build());
        csv.printRecord(header);
        for (List<String> row : rows) {
            csv.printRecord(row);
        }
        csv.flush();
    }
}
