package org.famstruct.map;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.famstruct.model.Pattern;

/** The {@code --highlight} value: {@code all}, {@code none}, or pattern ids separated by commas. */
public final class Highlights {
    private Highlights() {}

    /** The pattern ids to draw; throws IllegalArgumentException naming an unknown id. */
    public static Set<String> parse(List<String> values) {
        Set<String> ids = new TreeSet<>();
        for (String raw : values) {
            for (String value : raw.split(",")) {
                String v = value.strip();
                if (v.isEmpty()) {
                    continue;
                }
                if (v.equals("all")) {
                    ids.addAll(Pattern.IDS);
                } else if (v.equals("none")) {
                    // adds nothing
                } else if (Pattern.IDS.contains(v)) {
                    ids.add(v);
                } else {
                    throw new IllegalArgumentException("unknown pattern '" + v + "' in --highlight; known: all, none, "
                            + String.join(", ", Pattern.IDS));
                }
            }
        }
        return ids;
    }
}
