package org.famstruct.map;

import org.famstruct.model.Member;

/** Birth and death years as genograms write them: "1940–2015", "b. 1968", "d. 2015". */
final class Years {
    private Years() {}

    /** The years, or null when neither is known. */
    static String span(Member m) {
        if (m.born() != null && m.died() != null) {
            return m.born().year() + "–" + m.died().year();
        }
        if (m.born() != null) {
            return "b. " + m.born().year();
        }
        if (m.died() != null) {
            return "d. " + m.died().year();
        }
        return null;
    }
}
