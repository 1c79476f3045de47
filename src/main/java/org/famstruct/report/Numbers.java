package org.famstruct.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Measures are printed with at most four decimals, so every format shows the same figure. */
final class Numbers {
    private Numbers() {}

    static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    /** The rounded value as text, or an empty string for a missing value (an empty table cell). */
    static String text(Number value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            BigDecimal rounded = round(d);
            return rounded.scale() <= 0 ? rounded.setScale(1).toPlainString() : rounded.toPlainString();
        }
        return value.toString();
    }
}
