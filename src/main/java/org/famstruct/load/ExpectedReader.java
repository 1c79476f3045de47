package org.famstruct.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.famstruct.model.ExpectedLabel;
import org.famstruct.model.Pattern;

/** Reads one entry of {@code expected:}, the coder's own labels for agreement scoring. */
final class ExpectedReader {
    private static final List<String> KEYS;

    static {
        List<String> keys = new ArrayList<>(List.of("pattern", "absent", "note"));
        keys.addAll(Pattern.ROLES);
        KEYS = List.copyOf(keys);
    }

    private ExpectedReader() {}

    static ExpectedLabel read(YNode node, ReadContext ctx) {
        Fields f = Fields.of(node, "expected label", KEYS, ctx);
        if (f == null) {
            return null;
        }
        if (f.has("pattern") == f.has("absent")) {
            ctx.error(f.pos(), "an expected label needs either 'pattern: ID' or 'absent: ID'");
            return null;
        }
        boolean absent = f.has("absent");
        String key = absent ? "absent" : "pattern";
        String pattern = ctx.string(f.get(key), key);
        if (pattern == null) {
            return null;
        }
        Pattern known = Pattern.byId(pattern).orElse(null);
        if (known == null) {
            ctx.error(f.get(key).pos(), "unknown pattern '" + pattern + "'" + Suggest.hint(pattern, Pattern.IDS));
            return null;
        }
        Map<String, List<String>> roles = new LinkedHashMap<>();
        for (String role : Pattern.ROLES) {
            if (!f.has(role)) {
                continue;
            }
            if (absent) {
                ctx.error(f.keyPos(role), "an 'absent' label names no members; remove '" + role + "'");
                return null;
            }
            List<String> ids = ctx.memberRefs(f.get(role), role, 1, Integer.MAX_VALUE);
            if (ids == null) {
                return null;
            }
            roles.put(role, ids.stream().sorted().toList());
        }
        return new ExpectedLabel(known, absent, roles, f.pos());
    }
}
