package org.famstruct.load;

import java.util.ArrayList;
import java.util.List;
import org.famstruct.model.SourcePos;

/**
 * The keys of one map entry of the case (a member, a relationship...). Unknown keys are
 * reported with a suggestion; {@code x-} keys are extension data and ignored; a key whose
 * value is YAML null counts as not given.
 */
final class Fields {
    /**
     * The given fields in the file's order. An entry has a few keys, and a file has as many
     * entries as relationships, so a list that is scanned beats two hash maps per entry.
     */
    private final List<YNode.Entry> given = new ArrayList<>(4);
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
            fields.given.add(entry);
        }
        return fields;
    }

    SourcePos pos() {
        return pos;
    }

    private YNode.Entry entry(String key) {
        // indexed: an iterator per question is garbage the launcher's C1 compiler does not remove;
        // hash codes first (strings keep theirs): most questions are about keys not given
        int hash = key.hashCode();
        for (int i = 0; i < given.size(); i++) {
            String name = given.get(i).key().value();
            if (name.hashCode() == hash && name.equals(key)) {
                return given.get(i);
            }
        }
        return null;
    }

    boolean has(String key) {
        return entry(key) != null;
    }

    YNode get(String key) {
        YNode.Entry entry = entry(key);
        return entry == null ? null : entry.value();
    }

    SourcePos keyPos(String key) {
        YNode.Entry entry = entry(key);
        return entry == null ? null : entry.key().pos();
    }
}
