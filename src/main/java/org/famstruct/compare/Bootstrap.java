package org.famstruct.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Percentile bootstrap (Efron and Tibshirani 1993, ch. 13): draw as many units as there are,
 * with replacement, recompute the statistics, and take the 2.5th and 97.5th percentiles of the
 * replicates. The units are files, since a file's labels and findings are not independent of
 * each other. {@link Random} with a seed gives the same draws on every JVM, so reruns agree.
 */
public final class Bootstrap {
    private final long seed;
    private final int resamples;

    public Bootstrap(long seed, int resamples) {
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be at least 1");
        }
        this.seed = seed;
        this.resamples = resamples;
    }

    /**
     * Intervals for every statistic {@code statistics} returns (a fixed-length array; null entries are
     * undefined in that replicate and left out). An interval is null when no replicate defined it.
     */
    public <T> Interval[] intervals(List<T> units, Function<List<T>, Double[]> statistics) {
        Random random = new Random(seed);
        int width = statistics.apply(units).length;
        List<List<Double>> replicates = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            replicates.add(new ArrayList<>());
        }
        List<T> sample = new ArrayList<>(units.size());
        for (int b = 0; b < resamples; b++) {
            sample.clear();
            for (int i = 0; i < units.size(); i++) {
                sample.add(units.get(random.nextInt(units.size())));
            }
            Double[] values = statistics.apply(sample);
            for (int i = 0; i < width; i++) {
                if (values[i] != null) {
                    replicates.get(i).add(values[i]);
                }
            }
        }
        Interval[] intervals = new Interval[width];
        for (int i = 0; i < width; i++) {
            double[] sorted = replicates.get(i).stream().mapToDouble(Double::doubleValue).toArray();
            Arrays.sort(sorted);
            intervals[i] = sorted.length == 0 || units.isEmpty() ? null
                    : new Interval(percentile(sorted, 0.025), percentile(sorted, 0.975));
        }
        return intervals;
    }

    /** The q-quantile of sorted values, interpolating linearly between order statistics (Hyndman and Fan's type 7). */
    static double percentile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
