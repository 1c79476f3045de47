package org.famstruct.report;

import java.util.Map;
import org.famstruct.detect.Measures;

/** The family-level measures as named values, in the one order every format uses. */
final class MeasureColumns {
    private MeasureColumns() {}

    static Map<String, Number> of(Measures m) {
        return m.named();
    }

    /** Column names when there is no family to take them from (the CSV header). */
    static Iterable<String> names() {
        return of(new Measures(0, 0, 0, null, null, null, 0, 0, Map.of())).keySet();
    }
}
