package org.famstruct.compare;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.TreeSet;
import org.famstruct.detect.Finding;
import org.famstruct.detect.LabelMatcher;
import org.famstruct.model.ExpectedLabel;
import org.famstruct.model.Pattern;

/**
 * Agreement between a coder's {@code expected:} labels and the detections, over a corpus
 * (docs/agreement.md). A file counts for a pattern only when the coder labelled that pattern in
 * it (present or absent): a pattern the coder never mentioned in a file was not coded there, so
 * findings of it are neither right nor wrong.
 * <ul>
 * <li>true positive: a present label that some finding matches; miss (false negative): one that
 *     none matches; false positive: a finding, in a coded file, that matches no present label;</li>
 * <li>per pattern: precision, recall, F1, and Cohen's kappa for presence per coded file;</li>
 * <li>micro average: the same from the counts summed over patterns (kappa over every coded
 *     file and pattern); macro average: the mean of the patterns' defined values;</li>
 * <li>triads: the same at the level of the three people, whatever the pattern is called;</li>
 * <li>optionally, percentile bootstrap intervals that resample files.</li>
 * </ul>
 * Files must be added in a fixed order (the command's sorted order) for the bootstrap to repeat.
 */
public final class Agreement {
    public static final String MICRO = "micro";
    public static final String MACRO = "macro";
    public static final String TRIADS = "triads";

    /** The third role that, with {@code members}, makes a triadic pattern's three people. */
    private static final Map<Pattern, String> TRIADIC = new EnumMap<>(Map.of(
            Pattern.COALITION, "against",
            Pattern.CROSS_GENERATIONAL_COALITION, "against",
            Pattern.TRIANGULATION, "between",
            Pattern.DETOURING_SUPPORTIVE, "between",
            Pattern.DETOURING_ATTACKING, "between",
            Pattern.CROSS_GENERATIONAL_ALLIANCE, "excluded"));

    /** How a label or a finding fared. */
    public enum Outcome {
        TP, FP, FN;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One true positive, false positive or miss, for the per-file list; {@code pattern} is a pattern id or "triads". */
    /**
     * One outcome in one file. {@code why}: for a miss, why the rule did not fire (the first
     * condition {@code famstruct explain} finds not held), or null.
     */
    public record Mark(String file, String pattern, Outcome outcome, Map<String, List<String>> roles, String why) {
        public Mark(String file, String pattern, Outcome outcome, Map<String, List<String>> roles) {
            this(file, pattern, outcome, roles, null);
        }
    }

    /** One row of the table: a pattern id, "micro", "macro" or "triads". Counts are null for the macro row. */
    public record Row(String name, int files, Integer tp, Integer fp, Integer fn, Scores scores, Interval[] intervals) {
        /** The interval of statistic {@code index} (Scores.NAMES order), or null when not asked for or undefined. */
        public Interval interval(int index) {
            return intervals == null ? null : intervals[index];
        }
    }

    /** One coded (file, pattern) cell. */
    private record Cell(int tp, int fp, int fn, boolean coderSays, boolean toolSays) {}

    /** A labelled file's contribution: its coded patterns' cells, and its triad cell (null when not scored). */
    private record FileScore(Map<Pattern, Cell> cells, Cell triads) {}

    private final List<Pattern> patterns;
    private final List<FileScore> scores = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();

    public Agreement(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    /** Adds one file: its name (for the per-file list), its labels and the findings the tool made for it. */
    public void add(String file, List<ExpectedLabel> labels, List<Finding> findings) {
        add(file, labels, findings, label -> null);
    }

    /** The same, saying for each missed label why the rule did not fire ({@link MissExplainer}). */
    public void add(String file, List<ExpectedLabel> labels, List<Finding> findings,
            Function<ExpectedLabel, String> whyMissed) {
        if (labels.isEmpty()) {
            return;
        }
        Map<Pattern, Cell> cells = new EnumMap<>(Pattern.class);
        for (Pattern pattern : patterns) {
            if (labels.stream().noneMatch(l -> l.pattern() == pattern)) {
                continue;
            }
            List<ExpectedLabel> present = labels.stream().filter(l -> l.pattern() == pattern && !l.absent()).toList();
            List<Finding> found = findings.stream().filter(f -> f.pattern() == pattern).toList();
            int tp = 0;
            int fn = 0;
            int fp = 0;
            for (ExpectedLabel label : present) {
                List<Finding> matching = found.stream().filter(f -> LabelMatcher.matches(label, f)).toList();
                if (matching.isEmpty()) {
                    fn++;
                    marks.add(new Mark(file, pattern.id(), Outcome.FN, label.roles(), whyMissed.apply(label)));
                } else {
                    tp++;
                    marks.add(new Mark(file, pattern.id(), Outcome.TP, matching.get(0).roles()));
                }
            }
            for (Finding finding : found) {
                if (present.stream().noneMatch(l -> LabelMatcher.matches(l, finding))) {
                    fp++;
                    marks.add(new Mark(file, pattern.id(), Outcome.FP, finding.roles()));
                }
            }
            cells.put(pattern, new Cell(tp, fp, fn, !present.isEmpty(), !found.isEmpty()));
        }
        scores.add(new FileScore(cells, triads(file, labels, findings)));
    }

    /**
     * The triad cell of a file: scored when the coder labelled some triadic pattern there, and every
     * present triadic label names both roles (otherwise its three people are unknown).
     */
    private Cell triads(String file, List<ExpectedLabel> labels, List<Finding> findings) {
        List<ExpectedLabel> triadic = labels.stream().filter(l -> TRIADIC.containsKey(l.pattern())
                && patterns.contains(l.pattern())).toList();
        if (triadic.isEmpty()) {
            return null;
        }
        Set<List<String>> coded = new java.util.LinkedHashSet<>();
        for (ExpectedLabel label : triadic) {
            if (label.absent()) {
                continue;
            }
            List<String> members = label.roles().get("members");
            List<String> third = label.roles().get(TRIADIC.get(label.pattern()));
            if (members == null || third == null) {
                return null;
            }
            coded.add(people(members, third));
        }
        Set<List<String>> found = new java.util.LinkedHashSet<>();
        for (Finding finding : findings) {
            String third = TRIADIC.get(finding.pattern());
            if (third != null && !finding.role(third).isEmpty()) {
                found.add(people(finding.members(), finding.role(third)));
            }
        }
        int tp = 0;
        int fn = 0;
        for (List<String> triad : coded) {
            boolean hit = found.contains(triad);
            tp += hit ? 1 : 0;
            fn += hit ? 0 : 1;
            marks.add(new Mark(file, TRIADS, hit ? Outcome.TP : Outcome.FN, Map.of("members", triad)));
        }
        int fp = 0;
        for (List<String> triad : found) {
            if (!coded.contains(triad)) {
                fp++;
                marks.add(new Mark(file, TRIADS, Outcome.FP, Map.of("members", triad)));
            }
        }
        return new Cell(tp, fp, fn, !coded.isEmpty(), !found.isEmpty());
    }

    private static List<String> people(List<String> members, List<String> third) {
        Set<String> all = new TreeSet<>(members);
        all.addAll(third);
        return List.copyOf(all);
    }

    public int labelledFiles() {
        return scores.size();
    }

    /** Every true positive, false positive and miss, file by file in the order added, then pattern by pattern. */
    public List<Mark> marks() {
        List<Mark> sorted = new ArrayList<>();
        Map<String, List<Mark>> byFile = new LinkedHashMap<>();
        marks.forEach(m -> byFile.computeIfAbsent(m.file(), f -> new ArrayList<>()).add(m));
        List<String> order = new ArrayList<>(patterns.stream().map(Pattern::id).toList());
        order.add(TRIADS);
        byFile.values().forEach(list -> order.forEach(id -> list.stream().filter(m -> m.pattern().equals(id))
                .forEach(sorted::add)));
        return sorted;
    }

    /** The table without intervals: one row per pattern, then micro, macro and triads. */
    public List<Row> results() {
        return rows(scores);
    }

    /** The table with percentile bootstrap intervals, resampling the labelled files. */
    public List<Row> results(Bootstrap bootstrap) {
        List<Row> point = rows(scores);
        Interval[] all = bootstrap.intervals(scores, sample -> flatten(rows(sample)));
        int width = Scores.NAMES.size();
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < point.size(); r++) {
            Row row = point.get(r);
            Interval[] intervals = java.util.Arrays.copyOfRange(all, r * width, (r + 1) * width);
            rows.add(new Row(row.name(), row.files(), row.tp(), row.fp(), row.fn(), row.scores(), intervals));
        }
        return rows;
    }

    private static Double[] flatten(List<Row> rows) {
        int width = Scores.NAMES.size();
        Double[] values = new Double[rows.size() * width];
        for (int r = 0; r < rows.size(); r++) {
            for (int i = 0; i < width; i++) {
                values[r * width + i] = rows.get(r).scores().get(i);
            }
        }
        return values;
    }

    private List<Row> rows(List<FileScore> files) {
        List<Row> rows = new ArrayList<>();
        Totals micro = new Totals();
        for (Pattern pattern : patterns) {
            Totals totals = new Totals();
            files.forEach(f -> totals.add(f.cells().get(pattern)));
            micro.addAll(totals);
            rows.add(totals.row(pattern.id()));
        }
        rows.add(micro.row(MICRO, files.size()));
        rows.add(macro(rows.subList(0, patterns.size()), files.size()));
        Totals triads = new Totals();
        files.forEach(f -> triads.add(f.triads()));
        rows.add(triads.row(TRIADS));
        return rows;
    }

    /** The unweighted mean of each statistic over the patterns that define it (patterns no file coded are left out). */
    private static Row macro(List<Row> patternRows, int files) {
        Double[] means = new Double[Scores.NAMES.size()];
        for (int i = 0; i < means.length; i++) {
            int index = i;
            List<Double> defined = patternRows.stream().map(r -> r.scores().get(index))
                    .filter(java.util.Objects::nonNull).toList();
            means[i] = defined.isEmpty() ? null : defined.stream().mapToDouble(Double::doubleValue).sum() / defined.size();
        }
        return new Row(MACRO, files, null, null, null, new Scores(means[0], means[1], means[2], means[3]), null);
    }

    /** Sums of cells: counts and the presence table {both, coder only, tool only, neither}. */
    private static final class Totals {
        int tp;
        int fp;
        int fn;
        final int[] presence = new int[4];

        void add(Cell cell) {
            if (cell == null) {
                return;
            }
            tp += cell.tp();
            fp += cell.fp();
            fn += cell.fn();
            presence[(cell.coderSays() ? 0 : 2) + (cell.toolSays() ? 0 : 1)]++;
        }

        void addAll(Totals other) {
            tp += other.tp;
            fp += other.fp;
            fn += other.fn;
            for (int i = 0; i < 4; i++) {
                presence[i] += other.presence[i];
            }
        }

        int cells() {
            return presence[0] + presence[1] + presence[2] + presence[3];
        }

        Row row(String name) {
            return row(name, cells());
        }

        Row row(String name, int files) {
            return new Row(name, files, tp, fp, fn, Scores.of(tp, fp, fn, presence), null);
        }
    }
}
