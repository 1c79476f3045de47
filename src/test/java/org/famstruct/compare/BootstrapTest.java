package org.famstruct.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class BootstrapTest {
    /** The percentile of the bootstrap interpolates like R's and NumPy's default: 2.5% of 1..5 is 1.1, 97.5% is 4.9. */
    @Test
    void percentilesInterpolateBetweenOrderStatistics() {
        double[] sorted = {1, 2, 3, 4, 5};
        assertEquals(1.1, Bootstrap.percentile(sorted, 0.025), 1e-12);
        assertEquals(4.9, Bootstrap.percentile(sorted, 0.975), 1e-12);
        assertEquals(7.0, Bootstrap.percentile(new double[] {7}, 0.975), 1e-12);
    }

    /** Every resample of identical units gives the same figure: the interval is that point. */
    @Test
    void identicalUnitsGiveAPointInterval() {
        Interval[] intervals = new Bootstrap(1, 50).intervals(List.of(2.0, 2.0, 2.0),
                sample -> new Double[] {sample.stream().mapToDouble(Double::doubleValue).average().orElseThrow(), null});
        assertEquals(new Interval(2.0, 2.0), intervals[0]);
        assertNull(intervals[1], "a figure no replicate defines has no interval");
    }
}
