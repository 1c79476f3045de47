package org.famstruct.detect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.famstruct.model.Boundary;
import org.famstruct.model.Coalition;
import org.famstruct.model.Family;

/**
 * What the coder's own observations ({@code coalitions:} and {@code boundaries:}) say differently
 * between two snapshots. A coalition is "the same" when its members and its opponents are; it
 * changed when its overtness or initiator did. A boundary is "the same" when it surrounds the
 * same members (or the whole family); it changed when its type or name did.
 */
public record CodedChanges(
        List<Coalition> coalitionsAdded,
        List<Coalition> coalitionsRemoved,
        List<Change<Coalition>> coalitionsChanged,
        List<Boundary> boundariesAdded,
        List<Boundary> boundariesRemoved,
        List<Change<Boundary>> boundariesChanged) {

    public record Change<T>(T before, T after) {}

    public boolean isEmpty() {
        return coalitionsAdded.isEmpty() && coalitionsRemoved.isEmpty() && coalitionsChanged.isEmpty()
                && boundariesAdded.isEmpty() && boundariesRemoved.isEmpty() && boundariesChanged.isEmpty();
    }

    public static CodedChanges of(Family before, Family after) {
        Compared<Coalition> coalitions = compare(before.coalitions(), after.coalitions(),
                c -> sorted(c.members()) + " against " + sorted(c.against()),
                (b, a) -> b.overt() == a.overt() && Objects.equals(b.initiator(), a.initiator()));
        Compared<Boundary> boundaries = compare(before.boundaries(), after.boundaries(),
                b -> b.wholeFamily() ? "family" : sorted(b.around()),
                (b, a) -> b.type() == a.type() && Objects.equals(b.name(), a.name()));
        return new CodedChanges(coalitions.added, coalitions.removed, coalitions.changed,
                boundaries.added, boundaries.removed, boundaries.changed);
    }

    private static String sorted(List<String> ids) {
        return String.join(",", ids.stream().sorted().toList());
    }

    private record Compared<T>(List<T> added, List<T> removed, List<Change<T>> changed) {}

    private interface Same<T> {
        boolean test(T before, T after);
    }

    /** Pairs entries by key, in the later file's order (removed ones in the earlier file's). */
    private static <T> Compared<T> compare(List<T> before, List<T> after, Function<T, String> key, Same<T> same) {
        Map<String, T> old = byKey(before, key);
        Map<String, T> now = byKey(after, key);
        List<T> added = new ArrayList<>();
        List<Change<T>> changed = new ArrayList<>();
        now.forEach((k, entry) -> {
            T previous = old.get(k);
            if (previous == null) {
                added.add(entry);
            } else if (!same.test(previous, entry)) {
                changed.add(new Change<>(previous, entry));
            }
        });
        List<T> removed = old.entrySet().stream().filter(e -> !now.containsKey(e.getKey())).map(Map.Entry::getValue)
                .toList();
        return new Compared<>(added, removed, changed);
    }

    private static <T> Map<String, T> byKey(List<T> entries, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        entries.forEach(e -> map.putIfAbsent(key.apply(e), e));
        return map;
    }
}
