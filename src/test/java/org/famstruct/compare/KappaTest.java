package org.famstruct.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class KappaTest {

    /**
     * The usual textbook 2x2 table: 50 units, both yes 20, only the first yes 5, only the second
     * yes 10, both no 15. By hand: po = 35/50 = 0.70; the first says yes 25/50 = 0.5, the second
     * 30/50 = 0.6; pe = 0.5 * 0.6 + 0.5 * 0.4 = 0.50; kappa = (0.70 - 0.50) / (1 - 0.50) = 0.40.
     */
    @Test
    void cohensKappaOfATextbookTable() {
        assertEquals(0.4, Kappa.binary(new int[] {20, 5, 10, 15}), 1e-12);
    }

    @Test
    void perfectOppositeAndUndefined() {
        assertEquals(1.0, Kappa.binary(new int[] {3, 0, 0, 2}), 1e-12);
        assertEquals(-1.0, Kappa.binary(new int[] {0, 2, 2, 0}), 1e-12);
        assertNull(Kappa.binary(new int[] {4, 0, 0, 0}), "undefined when both always say yes");
        assertNull(Kappa.binary(new int[] {0, 0, 0, 0}));
    }

    /**
     * Linear weights on three ordered categories (1, 2, 3), 20 units:
     * <pre>
     *   5 1 0
     *   1 4 1
     *   0 1 7
     * </pre>
     * By hand: weights 1 on the diagonal, 1/2 one step off, 0 two off. po = (16 + 0.5 * 4) / 20 =
     * 0.9; marginals 6, 6, 8 both ways, so pe = (36 + 36 + 64 + 0.5 * (36 + 48 + 36 + 48)) / 400 =
     * (136 + 84) / 400 = 0.55; weighted kappa = (0.9 - 0.55) / 0.45 = 0.7778 (7/9). Unweighted:
     * po = 0.8, pe = 136/400 = 0.34, kappa = 0.46 / 0.66 = 0.6970 (23/33).
     */
    @Test
    void weightedKappaWithLinearWeights() {
        int[][] table = {{5, 1, 0}, {1, 4, 1}, {0, 1, 7}};
        assertEquals(7.0 / 9, Kappa.weighted(table, true), 1e-12);
        assertEquals(23.0 / 33, Kappa.weighted(table, false), 1e-12);
    }
}
