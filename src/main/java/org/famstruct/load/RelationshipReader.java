package org.famstruct.load;

import java.util.List;
import java.util.Locale;
import org.famstruct.model.Relationship;
import org.famstruct.model.RelationshipType;
import org.famstruct.model.Since;
import org.famstruct.model.Vocabulary;
import org.famstruct.model.YearOrDate;

/** Reads one entry of {@code relationships:}. */
final class RelationshipReader {
    private static final List<String> KEYS = List.of("between", "from", "to", "type", "intensity", "overt",
            "chronic", "since", "kind", "note");
    private static final List<String> ABUSE_KINDS = Vocabulary.ABUSE_KINDS;
    private static final String INTENSITY_WORDS = "intensity must be 1, 2, 3, weak, moderate or strong";

    private RelationshipReader() {}

    static Relationship read(YNode node, ReadContext ctx) {
        Fields f = Fields.of(node, "relationship", KEYS, ctx);
        if (f == null) {
            return null;
        }
        RelationshipType type = type(f, ctx);
        String a;
        String b;
        boolean between = f.has("between");
        if (between && (f.has("from") || f.has("to"))) {
            ctx.error(f.pos(), "give either 'between: [a, b]' or 'from' and 'to', not both");
            return null;
        } else if (between) {
            List<String> pair = ctx.memberRefs(f.get("between"), "between", 2, 2, false);
            if (pair == null) {
                return null;
            }
            a = pair.get(0);
            b = pair.get(1);
        } else if (f.has("from") && f.has("to")) {
            a = ctx.memberRef(f.get("from"), "from");
            b = ctx.memberRef(f.get("to"), "to");
        } else {
            ctx.error(f.pos(), "a relationship needs 'between: [a, b]', or 'from' and 'to'");
            return null;
        }
        int intensity = f.has("intensity") ? intensity(f.get("intensity"), ctx) : 2;
        boolean overt = !f.has("overt") || !Boolean.FALSE.equals(ctx.bool(f.get("overt"), "overt"));
        boolean chronic = !f.has("chronic") || !Boolean.FALSE.equals(ctx.bool(f.get("chronic"), "chronic"));
        String kind = f.has("kind") ? ctx.string(f.get("kind"), "kind") : null;
        String note = f.has("note") ? ctx.string(f.get("note"), "note") : null;
        Since since = f.has("since") ? since(f.get("since"), ctx) : null;
        if (a == null || b == null || type == null || intensity == 0) {
            return null;
        }
        if (a.equals(b)) {
            ctx.error(f.pos(), "a relationship needs two different members, not '" + a + "' twice");
            return null;
        }
        if (between && type.directed()) {
            ctx.error(f.pos(), "'" + type.id() + "' is directed: use from/to, not between");
            return null;
        }
        if (kind != null && type != RelationshipType.ABUSES) {
            ctx.error(f.get("kind").pos(), "'kind' belongs only to 'abuses' relationships");
        } else if (kind != null && !ABUSE_KINDS.contains(kind.toLowerCase(Locale.ROOT))) {
            ctx.error(f.get("kind").pos(), "kind must be " + ReadContext.oneOf(ABUSE_KINDS) + ", not '" + kind + "'"
                    + Suggest.hint(kind, ABUSE_KINDS));
        }
        return new Relationship(a, b, type, intensity, overt, chronic,
                kind == null ? null : kind.toLowerCase(Locale.ROOT), note, since, f.pos());
    }

    private static RelationshipType type(Fields f, ReadContext ctx) {
        if (!f.has("type")) {
            ctx.error(f.pos(), "a relationship needs a 'type' (close, conflict, distant, recruits, ...)");
            return null;
        }
        String text = ctx.string(f.get("type"), "type");
        if (text == null) {
            return null;
        }
        var type = RelationshipType.byName(text.toLowerCase(Locale.ROOT).replace('_', '-'));
        if (type.isEmpty()) {
            ctx.error(f.get("type").pos(), "unknown relationship type '" + text + "'"
                    + Suggest.hint(text, RelationshipType.allNames()));
            return null;
        }
        return type.get();
    }

    /** A year, an ISO date, or {@code childhood}; null after an error. */
    private static Since since(YNode node, ReadContext ctx) {
        if (node instanceof YNode.Scalar scalar && scalar.value().trim().equalsIgnoreCase("childhood")) {
            return Since.CHILDHOOD;
        }
        YearOrDate date = ctx.yearOrDate(node, "since", " or 'childhood'");
        return date == null ? null : Since.of(date);
    }

    /** 1..3 or weak/moderate/strong; 0 after an error. */
    private static int intensity(YNode node, ReadContext ctx) {
        YNode.Scalar scalar = ctx.scalar(node, "intensity");
        if (scalar == null) {
            return 0;
        }
        switch (scalar.value().toLowerCase(Locale.ROOT)) {
            case "1", "weak":
                return 1;
            case "2", "moderate":
                return 2;
            case "3", "strong":
                return 3;
            default:
                ctx.error(scalar.pos(), INTENSITY_WORDS + ", not '" + scalar.value() + "'");
                return 0;
        }
    }
}
