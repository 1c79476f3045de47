package org.famstruct.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.famstruct.compare.Krippendorff.Metric;
import org.junit.jupiter.api.Test;

class KrippendorffTest {

    /**
     * Krippendorff's own reliability-data example ("Computing Krippendorff's alpha-reliability",
     * 2011, section C): four observers, twelve units, values 1-5, blanks where an observer gave none.
     * Published: nominal alpha 0.743, ordinal 0.815. Recomputed independently (a short Python
     * script building the coincidence matrix from the same data, docs/agreement.md): 0.7434, 0.8154.
     */
    private static final Integer[][] OBSERVERS = {
        {1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null},
        {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3},
        {null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null},
        {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null},
    };

    private static List<Integer[]> units() {
        List<Integer[]> units = new ArrayList<>();
        for (int u = 0; u < OBSERVERS[0].length; u++) {
            Integer[] unit = new Integer[OBSERVERS.length];
            for (int o = 0; o < OBSERVERS.length; o++) {
                unit[o] = OBSERVERS[o][u];
            }
            units.add(unit);
        }
        return units;
    }

    @Test
    void krippendorffsExampleNominal() {
        assertEquals(0.743, Krippendorff.alpha(units(), Metric.NOMINAL), 0.0005);
        assertEquals(0.7434, Krippendorff.alpha(units(), Metric.NOMINAL), 0.00005);
    }

    @Test
    void krippendorffsExampleOrdinal() {
        assertEquals(0.815, Krippendorff.alpha(units(), Metric.ORDINAL), 0.0005);
    }

    /**
     * Two coders on the textbook 2x2 table of KappaTest (20, 5, 10, 15): by hand, the coincidence
     * matrix is o(1,1) = 40, o(0,0) = 30, o(0,1) = o(1,0) = 15; n = 100, n1 = 55, n0 = 45;
     * alpha = 1 - (n - 1) * 30 / (2 * 55 * 45) = 1 - 99 * 30 / 4950 = 0.4. (Alpha and kappa differ
     * in general; on this table both come to 0.4.)
     */
    @Test
    void twoCodersByHand() {
        List<Integer[]> units = new ArrayList<>();
        add(units, 20, 1, 1);
        add(units, 5, 1, 0);
        add(units, 10, 0, 1);
        add(units, 15, 0, 0);
        assertEquals(1 - 99.0 * 30 / 4950, Krippendorff.alpha(units, Metric.NOMINAL), 1e-12);
    }

    @Test
    void undefinedWithoutVariationOrPairs() {
        List<Integer[]> same = new ArrayList<>();
        add(same, 4, 1, 1);
        assertNull(Krippendorff.alpha(same, Metric.NOMINAL));
        assertNull(Krippendorff.alpha(List.<Integer[]>of(new Integer[] {1, null}), Metric.NOMINAL));
    }

    private static void add(List<Integer[]> units, int times, Integer a, Integer b) {
        for (int i = 0; i < times; i++) {
            units.add(new Integer[] {a, b});
        }
    }
}
