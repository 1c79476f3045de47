package org.famstruct.compare;

import java.util.List;
import java.util.TreeMap;

/**
 * Krippendorff's alpha (Krippendorff 2004, ch. 11; "Computing Krippendorff's alpha-reliability",
 * 2011): agreement of any number of coders, with missing values, as 1 - D_o / D_e. Values are
 * integer categories; a unit coded by fewer than two coders is not pairable and left out. The
 * coincidence matrix counts each ordered pair of values in a unit from different coders with
 * weight 1 / (m_u - 1), m_u being the unit's number of values.
 */
public final class Krippendorff {
    private Krippendorff() {}

    /** The difference function: nominal (any two categories differ by 1) or ordinal (ranks, by the marginals). */
    public enum Metric { NOMINAL, ORDINAL }

    /** Alpha of the units (each the coders' values, null where a coder gave none); null when undefined. */
    public static Double alpha(List<Integer[]> units, Metric metric) {
        TreeMap<Integer, TreeMap<Integer, Double>> coincidences = new TreeMap<>();
        for (Integer[] unit : units) {
            List<Integer> values = java.util.Arrays.stream(unit).filter(java.util.Objects::nonNull).toList();
            int m = values.size();
            if (m < 2) {
                continue;
            }
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    if (i != j) {
                        coincidences.computeIfAbsent(values.get(i), c -> new TreeMap<>())
                                .merge(values.get(j), 1.0 / (m - 1), Double::sum);
                    }
                }
            }
        }
        List<Integer> categories = List.copyOf(coincidences.keySet());
        int k = categories.size();
        double[] marginals = new double[k];
        double n = 0;
        for (int c = 0; c < k; c++) {
            marginals[c] = coincidences.get(categories.get(c)).values().stream().mapToDouble(Double::doubleValue).sum();
            n += marginals[c];
        }
        double observed = 0;
        double expected = 0;
        for (int c = 0; c < k; c++) {
            for (int d = 0; d < k; d++) {
                double delta = delta(metric, marginals, c, d);
                observed += coincidences.get(categories.get(c)).getOrDefault(categories.get(d), 0.0) * delta;
                expected += marginals[c] * marginals[d] * delta;
            }
        }
        if (n < 2 || expected == 0) {
            return null;
        }
        // D_o = observed / n and D_e = expected / (n (n - 1)), so D_o / D_e = (n - 1) observed / expected.
        return 1 - (n - 1) * observed / expected;
    }

    /** The squared difference of categories c and d (indices into the sorted categories). */
    private static double delta(Metric metric, double[] marginals, int c, int d) {
        if (c == d) {
            return 0;
        }
        if (metric == Metric.NOMINAL) {
            return 1;
        }
        int low = Math.min(c, d);
        int high = Math.max(c, d);
        double between = 0;
        for (int g = low; g <= high; g++) {
            between += marginals[g];
        }
        double difference = between - (marginals[c] + marginals[d]) / 2;
        return difference * difference;
    }
}
