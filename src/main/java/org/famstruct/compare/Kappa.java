package org.famstruct.compare;

/**
 * Cohen's kappa for two raters: chance-corrected agreement (Cohen 1960), and its weighted form
 * for ordered categories (Cohen 1968) with linear weights. Null when undefined: the expected
 * agreement is already perfect (both raters always give the same single answer) or there is no unit.
 */
public final class Kappa {
    private Kappa() {}

    /** Kappa of a 2x2 table {both yes, first only, second only, both no}. */
    public static Double binary(int[] table) {
        return weighted(new int[][] {{table[0], table[1]}, {table[2], table[3]}}, false);
    }

    /**
     * Kappa of a k x k table of counts (rows: the first rater's category, columns: the second's).
     * {@code linear}: weight 1 - |i - j| / (k - 1) for a disagreement of |i - j| steps (Cohen 1968);
     * otherwise only exact agreement counts (Cohen 1960).
     */
    public static Double weighted(int[][] table, boolean linear) {
        int k = table.length;
        double n = 0;
        double[] rows = new double[k];
        double[] columns = new double[k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                n += table[i][j];
                rows[i] += table[i][j];
                columns[j] += table[i][j];
            }
        }
        if (n == 0) {
            return null;
        }
        double observed = 0;
        double expected = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double weight = i == j ? 1 : linear && k > 1 ? 1 - (double) Math.abs(i - j) / (k - 1) : 0;
                observed += weight * table[i][j] / n;
                expected += weight * rows[i] / n * columns[j] / n;
            }
        }
        // Compared with a tolerance: sums of fractions that should be 1 may land a rounding error below it.
        return Math.abs(1 - expected) < 1e-12 ? null : (observed - expected) / (1 - expected);
    }
}
