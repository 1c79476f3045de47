package org.famstruct.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.famstruct.detect.Finding;
import org.famstruct.model.Boundary;
import org.famstruct.model.Coalition;
import org.famstruct.model.Family;
import org.famstruct.model.Pattern;
import org.famstruct.model.Relationship;
import org.famstruct.model.RelationshipType;

/**
 * Inter-rater reliability of the coding itself (docs/agreement.md, "Coder against coder"): the
 * same vignettes coded by several coders, compared file by file.
 * <ul>
 * <li>relationship: per type, whether each dyad carries it, over the dyads any coder coded a
 *     relationship for in that file (direction is not compared);</li>
 * <li>intensity: of the dyads and types that two or more coders coded alike, ordinal 1-3;</li>
 * <li>coalition, boundary: whether each coded member-set is there, over the member-sets any coder coded;</li>
 * <li>finding: per pattern, whether each coder's coding leads to it, file by file.</li>
 * </ul>
 */
public final class CoderAgreement {
    public static final String RELATIONSHIP = "relationship";
    public static final String INTENSITY = "intensity";
    public static final String COALITION = "coalition";
    public static final String BOUNDARY = "boundary";
    public static final String FINDING = "finding";

    /** One coder's version of a file: the family as coded and the findings it leads to. */
    public record Coding(Family family, List<Finding> findings) {}

    /** One row of the table: what is compared ({@code measure}, {@code item}: a type, a pattern or "all"). */
    public record Row(String measure, String item, Reliability reliability) {}

    /** One unit on which the coders differ: each coder's value ("yes", "no", an intensity, "-" for none). */
    public record Difference(String file, String measure, String item, String unit, List<String> values) {}

    /** A unit's values, in coder order, with where it belongs. */
    private record Unit(String file, String measure, String item, String unit, Integer[] values) {}

    private final List<String> coders;
    private final List<Pattern> patterns;
    private final List<Unit> units = new ArrayList<>();

    public CoderAgreement(List<String> coders, List<Pattern> patterns) {
        this.coders = List.copyOf(coders);
        this.patterns = List.copyOf(patterns);
    }

    public List<String> coders() {
        return coders;
    }

    /** Adds one file as every coder coded it, in coder order. */
    public void add(String file, List<Coding> codings) {
        relationships(file, codings);
        memberSets(file, COALITION, codings.stream().map(c -> c.family().coalitions().stream()
                .map(CoderAgreement::coalitionKey).toList()).toList());
        memberSets(file, BOUNDARY, codings.stream().map(c -> c.family().boundaries().stream()
                .map(CoderAgreement::boundaryKey).toList()).toList());
        for (Pattern pattern : patterns) {
            Integer[] values = codings.stream().map(c -> c.findings().stream().anyMatch(f -> f.pattern() == pattern) ? 1 : 0)
                    .toArray(Integer[]::new);
            units.add(new Unit(file, FINDING, pattern.id(), "file", values));
        }
    }

    private void relationships(String file, List<Coding> codings) {
        // Per coder: dyad -> type -> intensity (the strongest when a coder wrote a type twice for a dyad).
        List<Map<String, Map<RelationshipType, Integer>>> coded = new ArrayList<>();
        TreeSet<String> dyads = new TreeSet<>();
        for (Coding coding : codings) {
            Map<String, Map<RelationshipType, Integer>> byDyad = new TreeMap<>();
            for (Relationship r : coding.family().relationships()) {
                String dyad = dyad(r.from(), r.to());
                dyads.add(dyad);
                byDyad.computeIfAbsent(dyad, d -> new TreeMap<>()).merge(r.type(), r.intensity(), Math::max);
            }
            coded.add(byDyad);
        }
        // Dyad by dyad, so that the list of differences reads one dyad at a time.
        for (String dyad : dyads) {
            for (RelationshipType type : RelationshipType.values()) {
                Integer[] presence = coded.stream().map(c -> c.getOrDefault(dyad, Map.of()).containsKey(type) ? 1 : 0)
                        .toArray(Integer[]::new);
                units.add(new Unit(file, RELATIONSHIP, type.id(), dyad, presence));
                Integer[] intensity = coded.stream().map(c -> c.getOrDefault(dyad, Map.of()).get(type)).toArray(Integer[]::new);
                if (java.util.Arrays.stream(intensity).filter(Objects::nonNull).count() >= 2) {
                    units.add(new Unit(file, INTENSITY, type.id(), dyad, intensity));
                }
            }
        }
    }

    private void memberSets(String file, String measure, List<List<String>> keysPerCoder) {
        TreeSet<String> all = new TreeSet<>();
        keysPerCoder.forEach(all::addAll);
        for (String key : all) {
            units.add(new Unit(file, measure, "all", key, keysPerCoder.stream().map(k -> k.contains(key) ? 1 : 0)
                    .toArray(Integer[]::new)));
        }
    }

    private static String dyad(String a, String b) {
        return a.compareTo(b) <= 0 ? a + " - " + b : b + " - " + a;
    }

    private static String coalitionKey(Coalition c) {
        return String.join(", ", new TreeSet<>(c.members())) + " against " + String.join(", ", new TreeSet<>(c.against()));
    }

    private static String boundaryKey(Boundary b) {
        return b.type().id() + " around " + (b.wholeFamily() ? "the family" : String.join(", ", new TreeSet<>(b.around())));
    }

    /**
     * The table: relationship per type (types some coder used), intensity over all types, coalition,
     * boundary, then finding per pattern.
     */
    public List<Row> results() {
        Map<List<String>, List<Integer[]>> groups = new LinkedHashMap<>();
        for (Unit unit : units) {
            groups.computeIfAbsent(List.of(unit.measure(), unit.item()), k -> new ArrayList<>()).add(unit.values());
            if (unit.measure().equals(INTENSITY)) {
                groups.computeIfAbsent(List.of(INTENSITY, "all"), k -> new ArrayList<>()).add(unit.values());
            }
        }
        List<Row> rows = new ArrayList<>();
        for (RelationshipType type : RelationshipType.values()) {
            List<Integer[]> group = groups.getOrDefault(List.of(RELATIONSHIP, type.id()), List.of());
            if (group.stream().anyMatch(u -> java.util.Arrays.asList(u).contains(1))) {
                rows.add(new Row(RELATIONSHIP, type.id(), Reliability.presence(group, coders.size())));
            }
        }
        rows.add(new Row(INTENSITY, "all", Reliability.of(groups.getOrDefault(List.of(INTENSITY, "all"), List.of()),
                coders.size(), true, 1, 3)));
        rows.add(new Row(COALITION, "all", Reliability.presence(groups.getOrDefault(List.of(COALITION, "all"), List.of()),
                coders.size())));
        rows.add(new Row(BOUNDARY, "all", Reliability.presence(groups.getOrDefault(List.of(BOUNDARY, "all"), List.of()),
                coders.size())));
        for (Pattern pattern : patterns) {
            rows.add(new Row(FINDING, pattern.id(), Reliability.presence(
                    groups.getOrDefault(List.of(FINDING, pattern.id()), List.of()), coders.size())));
        }
        return rows;
    }

    /** Every unit on which the coders differ, file by file in the order added. */
    public List<Difference> differences() {
        List<Difference> differences = new ArrayList<>();
        for (Unit unit : units) {
            boolean presence = !unit.measure().equals(INTENSITY);
            // An intensity one coder did not give is a difference of presence, listed as such; here only values that differ.
            if (java.util.Arrays.stream(unit.values()).filter(v -> presence || v != null).distinct().count() > 1) {
                differences.add(new Difference(unit.file(), unit.measure(), unit.item(), unit.unit(),
                        java.util.Arrays.stream(unit.values()).map(v -> v == null ? "-" : presence ? (v == 1 ? "yes" : "no")
                                : v.toString()).toList()));
            }
        }
        return differences;
    }
}
