package org.famstruct.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.famstruct.model.Relationship;

/**
 * How far each relationship line is moved aside so that several ties of one pair (close and
 * conflict: ambivalence) run side by side instead of on top of each other. The offset is signed
 * by the pair's order, not the tie's direction, so the two ties of a pair never swap sides.
 */
final class TieOffsets {
    private TieOffsets() {}

    /** The offset of each relationship, in file order, for lines {@code spacing} points apart. */
    static List<Double> of(List<Relationship> relationships, double spacing) {
        Map<String, Integer> perPair = new HashMap<>();
        for (Relationship r : relationships) {
            perPair.merge(Overlay.pair(r.from(), r.to()), 1, Integer::sum);
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Double> offsets = new ArrayList<>(relationships.size());
        for (Relationship r : relationships) {
            String key = Overlay.pair(r.from(), r.to());
            int k = seen.merge(key, 1, Integer::sum) - 1;
            int n = perPair.get(key);
            offsets.add((k - (n - 1) / 2.0) * spacing * (r.from().compareTo(r.to()) < 0 ? 1 : -1));
        }
        return offsets;
    }
}
