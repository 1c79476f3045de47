package org.famstruct.report;

import java.util.LinkedHashMap;
import java.util.Map;
import org.famstruct.detect.Measures;

/** The family-level measures as named values, in the one order every format uses. */
final class MeasureColumns {
    private MeasureColumns() {}

    static Map<String, Number> of(Measures m) {
        Map<String, Number> columns = new LinkedHashMap<>();
        columns.put("members", m.members());
        columns.put("generations", m.generations());
        columns.put("relationships", m.relationships());
        columns.put("balance", m.balance());
        columns.put("cohesion", m.cohesion());
        columns.put("parental_bond", m.parentalBond());
        columns.put("enmeshed_dyads", m.enmeshedDyads());
        columns.put("disengaged_dyads", m.disengagedDyads());
        return columns;
    }

    /** Column names when there is no family to take them from (the CSV header). */
    static Iterable<String> names() {
        return of(new Measures(0, 0, 0, null, null, null, 0, 0, Map.of())).keySet();
    }
}
