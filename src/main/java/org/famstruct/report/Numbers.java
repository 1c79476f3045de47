package org.famstruct.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Measures are printed with at most four decimals, so every format shows the same figure:
 * the shortest decimal that reads back as the double (Double.toString), rounded half-even at
 * the fourth decimal, trailing zeros dropped, at least one decimal ("3.0").
 *
 * <p>For text, the rounding is done on the digits of Double.toString: BigDecimal's class
 * initialization costs a short run 15-40 ms on recent JDKs (docs/speed.md), and the text report
 * of one small file is a short run. Only the rare scientific forms (below 0.001, from 10^7) go
 * through BigDecimal; JSON numbers do too (Jackson writes BigDecimal's form, kept as it was).
 */
final class Numbers {
    private static final int DECIMALS = 4;

    private Numbers() {}

    /** The rounded value for JSON, as a number (Jackson writes BigDecimal's own form). */
    static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    /** The rounded value as text, or an empty string for a missing value (an empty table cell). */
    static String text(Number value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return rounded(d);
        }
        return value.toString();
    }

    static String rounded(double value) {
        if (value == 0) {
            return "0.0"; // BigDecimal has no negative zero
        }
        String plain = Double.toString(value);
        if (plain.indexOf('E') >= 0 || Double.isNaN(value) || Double.isInfinite(value)) {
            return viaBigDecimal(value);
        }
        boolean negative = plain.charAt(0) == '-';
        String digits = negative ? plain.substring(1) : plain;
        int point = digits.indexOf('.');
        StringBuilder kept = new StringBuilder(digits.substring(0, point))
                .append(digits, point + 1, Math.min(digits.length(), point + 1 + DECIMALS));
        String dropped = digits.length() > point + 1 + DECIMALS ? digits.substring(point + 1 + DECIMALS) : "";
        if (roundsUp(dropped, kept.charAt(kept.length() - 1))) {
            int i = kept.length() - 1;
            while (i >= 0 && kept.charAt(i) == '9') {
                kept.setCharAt(i--, '0');
            }
            if (i < 0) {
                kept.insert(0, '1');
                point++;
            } else {
                kept.setCharAt(i, (char) (kept.charAt(i) + 1));
            }
        }
        String whole = kept.substring(0, point);
        String fraction = kept.substring(point).replaceFirst("0+$", "");
        return (negative ? "-" : "") + whole + "." + (fraction.isEmpty() ? "0" : fraction);
    }

    /** Half-even: up past the half, and at exactly the half when the last kept digit is odd. */
    private static boolean roundsUp(String dropped, char lastKept) {
        if (dropped.isEmpty() || dropped.charAt(0) < '5') {
            return false;
        }
        if (dropped.charAt(0) > '5' || dropped.substring(1).chars().anyMatch(c -> c != '0')) {
            return true;
        }
        return (lastKept - '0') % 2 == 1;
    }

    private static String viaBigDecimal(double value) {
        BigDecimal rounded = round(value);
        return rounded.scale() <= 0 ? rounded.setScale(1).toPlainString() : rounded.toPlainString();
    }
}
