package org.famstruct.detect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.famstruct.model.Pattern;
import org.famstruct.model.ExpectedLabel;

/**
 * Agreement between a coder's {@code expected:} labels and the detections, over a corpus, per
 * pattern. A file counts for a pattern only when the coder labelled that pattern in it (present
 * or absent): a pattern the coder never mentioned in a file was not coded there, so findings of
 * it are neither right nor wrong.
 * <ul>
 * <li>true positive: a present label that some finding matches; false negative: one that none
 *     matches; false positive: a finding, in a coded file, that matches no present label;</li>
 * <li>precision, recall and F1 from those counts (null when undefined);</li>
 * <li>Cohen's kappa for presence per coded file: the coder says present (a present label) or
 *     absent; the tool says present (a finding) or absent.</li>
 * </ul>
 */
public final class Agreement {

    /** The figures for one pattern; ratios are null when their denominator is zero. */
    public record PatternAgreement(Pattern pattern, int files, int truePositives, int falsePositives,
            int falseNegatives, Double precision, Double recall, Double f1, Double kappa) {}

    /** Per pattern: both present, coder only, tool only, both absent (files). */
    private static final class Tally {
        int tp;
        int fp;
        int fn;
        final int[] presence = new int[4];
    }

    private final List<Pattern> patterns;
    private final Map<Pattern, Tally> tallies = new LinkedHashMap<>();
    private int labelledFiles;

    public Agreement(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
        patterns.forEach(p -> tallies.put(p, new Tally()));
    }

    /** Adds one file: its labels and the findings the tool made for it. */
    public void add(List<ExpectedLabel> labels, List<Finding> findings) {
        if (labels.isEmpty()) {
            return;
        }
        labelledFiles++;
        for (Pattern pattern : patterns) {
            List<ExpectedLabel> present = labels.stream().filter(l -> l.pattern() == pattern && !l.absent()).toList();
            boolean coded = labels.stream().anyMatch(l -> l.pattern() == pattern);
            if (!coded) {
                continue;
            }
            List<Finding> found = findings.stream().filter(f -> f.pattern() == pattern).toList();
            Tally tally = tallies.get(pattern);
            for (ExpectedLabel label : present) {
                if (LabelMatcher.holds(label, found)) {
                    tally.tp++;
                } else {
                    tally.fn++;
                }
            }
            for (Finding finding : found) {
                if (present.stream().noneMatch(l -> LabelMatcher.matches(l, finding))) {
                    tally.fp++;
                }
            }
            boolean coderSays = !present.isEmpty();
            boolean toolSays = !found.isEmpty();
            tally.presence[(coderSays ? 0 : 2) + (toolSays ? 0 : 1)]++;
        }
    }

    public int labelledFiles() {
        return labelledFiles;
    }

    public List<PatternAgreement> results() {
        List<PatternAgreement> results = new ArrayList<>();
        tallies.forEach((pattern, t) -> {
            int files = t.presence[0] + t.presence[1] + t.presence[2] + t.presence[3];
            Double precision = ratio(t.tp, t.tp + t.fp);
            Double recall = ratio(t.tp, t.tp + t.fn);
            Double f1 = precision == null || recall == null || precision + recall == 0 ? null
                    : 2 * precision * recall / (precision + recall);
            results.add(new PatternAgreement(pattern, files, t.tp, t.fp, t.fn, precision, recall, f1, kappa(t.presence)));
        });
        return results;
    }

    private static Double ratio(int numerator, int denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }

    /** Cohen's kappa of a 2x2 table {both yes, coder yes only, tool yes only, both no}; null when undefined. */
    static Double kappa(int[] table) {
        double n = table[0] + table[1] + table[2] + table[3];
        if (n == 0) {
            return null;
        }
        double observed = (table[0] + table[3]) / n;
        double coderYes = (table[0] + table[1]) / n;
        double toolYes = (table[0] + table[2]) / n;
        double expected = coderYes * toolYes + (1 - coderYes) * (1 - toolYes);
        return expected == 1 ? null : (observed - expected) / (1 - expected);
    }
}
