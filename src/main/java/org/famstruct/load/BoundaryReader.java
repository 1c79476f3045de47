package org.famstruct.load;

import java.util.List;
import org.famstruct.model.Vocabulary;
import org.famstruct.model.Boundary;
import org.famstruct.model.BoundaryType;

/** Reads one entry of {@code boundaries:}. */
final class BoundaryReader {
    private static final List<String> KEYS = List.of("around", "type", "name", "note");
    private static final List<String> TYPES = Vocabulary.BOUNDARY_TYPES;

    private BoundaryReader() {}

    static Boundary read(YNode node, ReadContext ctx) {
        Fields f = Fields.of(node, "boundary", KEYS, ctx);
        if (f == null) {
            return null;
        }
        if (!f.has("around") || !f.has("type")) {
            ctx.error(f.pos(), "a boundary needs 'around' (member ids, or family) and 'type' (clear, diffuse or rigid)");
            return null;
        }
        YNode around = f.get("around");
        boolean wholeFamily = around instanceof YNode.Scalar scalar && scalar.value().equals("family");
        List<String> members = wholeFamily ? List.of() : ctx.memberRefs(around, "around", 1, Integer.MAX_VALUE);
        BoundaryType type = ctx.choice(f.get("type"), "type", TYPES, BoundaryType.class);
        String name = f.has("name") ? ctx.string(f.get("name"), "name") : null;
        String note = f.has("note") ? ctx.string(f.get("note"), "note") : null;
        if (members == null || type == null) {
            return null;
        }
        return new Boundary(members, wholeFamily, type, name, note, f.pos());
    }
}
