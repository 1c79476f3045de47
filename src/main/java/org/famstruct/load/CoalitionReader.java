package org.famstruct.load;

import java.util.List;
import org.famstruct.model.Coalition;

/** Reads one entry of {@code coalitions:}. */
final class CoalitionReader {
    private static final List<String> KEYS = List.of("members", "against", "overt", "initiator", "note");

    private CoalitionReader() {}

    static Coalition read(YNode node, ReadContext ctx) {
        Fields f = Fields.of(node, "coalition", KEYS, ctx);
        if (f == null) {
            return null;
        }
        if (!f.has("members") || !f.has("against")) {
            ctx.error(f.pos(), "a coalition needs 'members' (two or more) and 'against' (one or more)");
            return null;
        }
        List<String> members = ctx.memberRefs(f.get("members"), "members", 2, Integer.MAX_VALUE);
        List<String> against = ctx.memberRefs(f.get("against"), "against", 1, Integer.MAX_VALUE);
        boolean overt = !f.has("overt") || !Boolean.FALSE.equals(ctx.bool(f.get("overt"), "overt"));
        String initiator = f.has("initiator") ? ctx.memberRef(f.get("initiator"), "initiator") : null;
        String note = f.has("note") ? ctx.string(f.get("note"), "note") : null;
        if (members == null || against == null) {
            return null;
        }
        for (String target : against) {
            if (members.contains(target)) {
                ctx.error(f.get("against").pos(), "'" + target + "' cannot be both in the coalition and its target");
                return null;
            }
        }
        if (initiator != null && !members.contains(initiator)) {
            ctx.error(f.get("initiator").pos(), "initiator '" + initiator + "' must be one of the coalition's members");
            return null;
        }
        return new Coalition(members, against, overt, initiator, note, f.pos());
    }
}
