package org.famstruct.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;

/**
 * {@code --format jsonl}: one compact family object per line (evidence by position, no summary),
 * flushed as each family is done.
 */
final class JsonLinesReport implements ReportWriter {
    private final JsonGenerator json;

    JsonLinesReport(OutputStream out) throws IOException {
        this.json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        this.json.setRootValueSeparator(null);
    }

    @Override
    public void family(FamilyResult result) throws IOException {
        FamilyJson.write(json, result, FamilyJson.Detail.COMPACT);
        json.writeRaw('\n');
        json.flush();
    }

    @Override
    public void end() throws IOException {
        json.flush();
    }
}
