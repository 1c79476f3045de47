package org.famstruct.map;

import org.famstruct.model.Member;
import org.famstruct.model.YearOrDate;

/**
 * Birth and death years as genograms write them: "1940–2015", "b. 1968", "d. 2015"; blurred to
 * the decade ("1940s–2010s") when the map is anonymized, since an exact year with a first
 * initial can be enough to recognise someone.
 */
final class Years {
    private Years() {}

    /** The years, or null when neither is known. */
    static String span(Member m, boolean blur) {
        if (m.born() != null && m.died() != null) {
            return year(m.born(), blur) + "–" + year(m.died(), blur);
        }
        if (m.born() != null) {
            return "b. " + year(m.born(), blur);
        }
        if (m.died() != null) {
            return "d. " + year(m.died(), blur);
        }
        return null;
    }

    /** "1968", or "1960s" when blurred. */
    static String year(YearOrDate date, boolean blur) {
        int y = date.year();
        return blur ? Math.floorDiv(y, 10) * 10 + "s" : Integer.toString(y);
    }
}
