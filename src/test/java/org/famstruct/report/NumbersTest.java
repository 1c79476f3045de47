package org.famstruct.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** The digit rounding of Numbers against BigDecimal's, which it replaces on the common path. */
class NumbersTest {

    /** What the reports printed before: BigDecimal half-even at four decimals. */
    private static String oracle(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.scale() <= 0 ? rounded.setScale(1).toPlainString() : rounded.toPlainString();
    }

    @Property(tries = 5000)
    void roundsAsBigDecimalDoesOnMeasureSizedValues(@ForAll @DoubleRange(min = -1000, max = 1000) double value) {
        assertEquals(oracle(value), Numbers.rounded(value), () -> Double.toString(value));
    }

    @Property(tries = 2000)
    void roundsAsBigDecimalDoesOnAnyValue(@ForAll double value) {
        if (!Double.isNaN(value) && !Double.isInfinite(value)) {
            assertEquals(oracle(value), Numbers.rounded(value), () -> Double.toString(value));
        }
    }

    @Test
    void halvesGoToTheEvenDigitAndCarriesRipple() {
        for (double v : new double[] {0.00005, 0.00015, 0.12345, 0.12355, 0.99995, 9.99995, 99.99995, -0.12345,
                -0.99995, 1.0, 3.0, 100.0, 0.3333333333, 1.7777777, 2.5, -0.0, 0.0, 0.001, 0.0012345, 1e7, 1.5e-4}) {
            assertEquals(oracle(v), Numbers.rounded(v), () -> Double.toString(v));
        }
        assertEquals("1.0", Numbers.rounded(0.99995));
        assertEquals("0.1234", Numbers.rounded(0.12345));
        assertEquals("0.0", Numbers.rounded(-0.0));
    }
}
