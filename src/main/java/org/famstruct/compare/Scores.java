package org.famstruct.compare;

/**
 * Precision, recall, F1 and Cohen's kappa of one row of an agreement table; each is null when
 * its denominator is zero (undefined, printed as an empty cell rather than a made-up 0).
 */
public record Scores(Double precision, Double recall, Double f1, Double kappa) {

    /** The statistics in column order, for tables and for the bootstrap. */
    public static final java.util.List<String> NAMES = java.util.List.of("precision", "recall", "f1", "kappa");

    public Double get(int index) {
        return switch (index) {
            case 0 -> precision;
            case 1 -> recall;
            case 2 -> f1;
            default -> kappa;
        };
    }

    /** From counts of true positives, false positives and misses, and a 2x2 presence table (see {@link Kappa#binary}). */
    static Scores of(int tp, int fp, int fn, int[] presence) {
        Double precision = ratio(tp, tp + fp);
        Double recall = ratio(tp, tp + fn);
        Double f1 = precision == null || recall == null || precision + recall == 0 ? null
                : 2 * precision * recall / (precision + recall);
        return new Scores(precision, recall, f1, Kappa.binary(presence));
    }

    static Double ratio(int numerator, int denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }
}
