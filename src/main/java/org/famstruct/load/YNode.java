package org.famstruct.load;

import java.util.List;
import org.famstruct.model.SourcePos;

/**
 * A small YAML value tree with positions, built from the parser's events one case entry at a
 * time. It is lighter than SnakeYAML's node tree (no tags, no resolved objects), and aliases
 * share the anchored node instead of copying it.
 */
sealed interface YNode permits YNode.Scalar, YNode.Map, YNode.Seq, YNode.Invalid {

    SourcePos pos();

    /** Nodes in the expanded value, aliases counted in full: what a consumer would walk. */
    long weight();

    /** What a user calls this kind of value, for "expected X, found Y" messages. */
    String describe();

    /** A scalar; {@code plain} is false for quoted and block scalars, which are always strings. */
    record Scalar(String value, boolean plain, SourcePos pos) implements YNode {
        public boolean isNull() {
            return plain && (value.isEmpty() || value.equals("~") || value.equals("null")
                    || value.equals("Null") || value.equals("NULL"));
        }

        @Override
        public long weight() {
            return 1;
        }

        @Override
        public String describe() {
            return isNull() ? "nothing" : "'" + value + "'";
        }
    }

    record Entry(Scalar key, YNode value) {}

    record Map(List<Entry> entries, long weight, SourcePos pos) implements YNode {
        @Override
        public String describe() {
            return "a map";
        }
    }

    record Seq(List<YNode> items, long weight, SourcePos pos) implements YNode {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A value already reported as an error (a tagged value, a complex key): skipped silently. */
    record Invalid(SourcePos pos) implements YNode {
        @Override
        public long weight() {
            return 1;
        }

        @Override
        public String describe() {
            return "an invalid value";
        }
    }
}
