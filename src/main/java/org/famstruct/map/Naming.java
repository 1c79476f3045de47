package org.famstruct.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.famstruct.model.Family;
import org.famstruct.model.Member;

/**
 * The text a map shows for each member and for the family: names as written, or with
 * {@code --anonymize} initials ("Mary Ann" gives "MA"; members who would share initials are
 * numbered in file order: "M1", "M2"). A family name is reduced the same way ("Family W."),
 * and free text that could name someone (the source, boundary names) is left out.
 */
final class Naming {
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final String title;
    private final boolean anonymous;

    Naming(Family family, boolean anonymize) {
        this.anonymous = anonymize;
        if (!anonymize) {
            family.members().values().forEach(m -> labels.put(m.id(), m.name()));
            title = family.name();
            return;
        }
        Map<String, List<String>> byInitials = new LinkedHashMap<>();
        for (Member m : family.members().values()) {
            byInitials.computeIfAbsent(initials(m.name()), k -> new ArrayList<>()).add(m.id());
        }
        Map<String, String> anonymous = new HashMap<>();
        byInitials.forEach((initials, ids) -> {
            for (int i = 0; i < ids.size(); i++) {
                anonymous.put(ids.get(i), ids.size() == 1 ? initials : initials + (i + 1));
            }
        });
        family.members().keySet().forEach(id -> labels.put(id, anonymous.get(id)));
        String familyInitials = initials(family.name());
        title = "Family " + String.join(". ", familyInitials.codePoints()
                .mapToObj(Character::toString).toList()) + ".";
    }

    String label(String memberId) {
        return labels.get(memberId);
    }

    String title() {
        return title;
    }

    /** Free text from the file (a source, a boundary's name), or null when anonymizing or absent. */
    String freeText(String text) {
        return anonymous || text == null || text.isBlank() ? null : text;
    }

    /** The first letter of every word, upper-cased; "?" when the name has no letter at all. */
    static String initials(String name) {
        StringBuilder out = new StringBuilder();
        boolean wordStart = true;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                if (wordStart) {
                    out.append(Character.toString(cp).toUpperCase(Locale.ROOT));
                }
                wordStart = false;
            } else {
                wordStart = true;
            }
            i += Character.charCount(cp);
        }
        return out.length() == 0 ? "?" : out.toString();
    }
}
