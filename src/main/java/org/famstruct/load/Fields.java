package org.famstruct.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.famstruct.model.SourcePos;

/**
 * The keys of one map entry of the case (a member, a relationship...). Unknown keys are
 * reported with a suggestion; {@code x-} keys are extension data and ignored; a key whose
 * value is YAML null counts as not given.
 */
final class Fields {
    private final Map<String, YNode> values = new LinkedHashMap<>();
    private final Map<String, SourcePos> keyPositions = new LinkedHashMap<>();
    private final SourcePos pos;

    private Fields(SourcePos pos) {
        this.pos = pos;
    }

    /** The fields of {@code node}, or null when it is not a map (reported). */
    static Fields of(YNode node, String what, List<String> known, ReadContext ctx) {
        if (node instanceof YNode.Scalar scalar && scalar.isNull()) {
            return new Fields(node.pos());
        }
        if (!(node instanceof YNode.Map map)) {
            if (!(node instanceof YNode.Invalid)) {
                ctx.error(node.pos(), what + " must be a map of keys (" + String.join(", ", known)
                        + "), not " + node.describe());
            }
            return null;
        }
        Fields fields = new Fields(map.pos());
        for (YNode.Entry entry : map.entries()) {
            String key = entry.key().value();
            if (key.startsWith("x-")) {
                continue;
            }
            if (!known.contains(key)) {
                ctx.error(entry.key().pos(), "unknown key '" + key + "' in " + what + Suggest.hint(key, known));
                continue;
            }
            if (entry.value() instanceof YNode.Scalar scalar && scalar.isNull()) {
                continue;
            }
            fields.values.put(key, entry.value());
            fields.keyPositions.put(key, entry.key().pos());
        }
        return fields;
    }

    SourcePos pos() {
        return pos;
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    YNode get(String key) {
        return values.get(key);
    }

    SourcePos keyPos(String key) {
        return keyPositions.get(key);
    }
}
