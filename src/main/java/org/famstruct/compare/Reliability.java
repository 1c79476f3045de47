package org.famstruct.compare;

import java.util.List;
import java.util.Objects;

/**
 * The reliability of one set of units coded by several coders: how many units, the share on
 * which every coder who coded the unit agrees, Cohen's kappa when there are exactly two coders
 * (weighted with linear weights for ordered values, Cohen 1968), and Krippendorff's alpha.
 */
public record Reliability(int units, Double agreement, Double kappa, Double alpha) {

    /** Presence (1) or absence (0) per unit: nominal. */
    public static Reliability presence(List<Integer[]> units, int coders) {
        return of(units, coders, false, 0, 1);
    }

    /**
     * Units are arrays of the coders' values (null: not coded by that coder), whole numbers from
     * {@code low} to {@code high}; {@code ordered} for intensities (linear weights, ordinal alpha).
     */
    public static Reliability of(List<Integer[]> units, int coders, boolean ordered, int low, int high) {
        List<Integer[]> pairable = units.stream().filter(u -> java.util.Arrays.stream(u).filter(Objects::nonNull).count() >= 2)
                .toList();
        long agreeing = pairable.stream().filter(u -> java.util.Arrays.stream(u).filter(Objects::nonNull).distinct().count() == 1)
                .count();
        Double agreement = pairable.isEmpty() ? null : (double) agreeing / pairable.size();
        Double kappa = coders == 2 ? kappa(pairable, ordered, low, high) : null;
        Double alpha = Krippendorff.alpha(pairable, ordered ? Krippendorff.Metric.ORDINAL : Krippendorff.Metric.NOMINAL);
        return new Reliability(pairable.size(), agreement, kappa, alpha);
    }

    private static Double kappa(List<Integer[]> units, boolean ordered, int low, int high) {
        if (units.isEmpty()) {
            return null;
        }
        // Every value of the scale is a category, used or not: with linear weights a step is one unit
        // of the scale (intensities 2 and 3 are half apart on 1-3 even if no one said 1).
        int size = high - low + 1;
        int[][] table = new int[size][size];
        units.forEach(u -> table[u[0] - low][u[1] - low]++);
        return Kappa.weighted(table, ordered);
    }
}
