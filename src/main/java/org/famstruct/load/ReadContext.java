package org.famstruct.load;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.famstruct.model.Member;
import org.famstruct.model.SourcePos;
import org.famstruct.model.YearOrDate;

/**
 * What every entry reader shares while one file is read: the diagnostics, the member ids that
 * were referred to (checked once all members are known, since the file may list members last),
 * and the conversions of scalars to typed values, each reporting what it expected.
 */
final class ReadContext {
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    static final Pattern MEMBER_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    static final int MAX_ID_LENGTH = 64;

    /** A place where the file names a member, checked after the members are all read. */
    record IdRef(String id, SourcePos pos) {}

    final DiagnosticSink sink;
    /** The references to ids not yet read as members when met: checked at the end (CaseChecks). */
    final List<IdRef> refs = new ArrayList<>();
    /**
     * The members read so far. A reference to one of them is known good and is not kept: a large
     * file names its members hundreds of thousands of times, and keeping each mention until the
     * end cost memory and the collector's time.
     */
    private Map<String, Member> declared = Map.of();
    /**
     * One string per member id, whoever spells it first: a large file names each member many
     * times, and with one instance per id the model holds less and the graph's lookups compare
     * ids by reference.
     */
    private final Map<String, String> ids = new HashMap<>();

    ReadContext(DiagnosticSink sink) {
        this.sink = sink;
    }

    /** The map the loader puts members in as it reads them (only ever added to). */
    void declaredIn(Map<String, Member> members) {
        this.declared = members;
    }

    /** The one instance of this member id in the case. */
    String id(String spelled) {
        String first = ids.putIfAbsent(spelled, spelled);
        return first == null ? spelled : first;
    }

    void error(SourcePos pos, String message) {
        sink.error(pos, message);
    }

    /** A non-null scalar, or null after reporting what was expected. */
    YNode.Scalar scalar(YNode node, String what) {
        if (node instanceof YNode.Scalar scalar && !scalar.isNull()) {
            return scalar;
        }
        if (!(node instanceof YNode.Invalid)) {
            error(node.pos(), what + " must be a single value, not " + node.describe());
        }
        return null;
    }

    String string(YNode node, String what) {
        YNode.Scalar scalar = scalar(node, what);
        return scalar == null ? null : scalar.value();
    }

    Integer integer(YNode node, String what, int min, int max) {
        YNode.Scalar scalar = scalar(node, what);
        if (scalar == null) {
            return null;
        }
        if (!scalar.plain() || !INTEGER.matcher(scalar.value()).matches()) {
            error(scalar.pos(), what + " must be a whole number, not " + scalar.describe());
            return null;
        }
        try {
            int value = Integer.parseInt(scalar.value());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException tooLarge) {
            // falls through to the range message
        }
        error(scalar.pos(), what + " must be between " + min + " and " + max + ", not " + scalar.value());
        return null;
    }

    /** YAML 1.2 booleans only: {@code yes}/{@code no} are strings there, so they are refused. */
    Boolean bool(YNode node, String what) {
        YNode.Scalar scalar = scalar(node, what);
        if (scalar == null) {
            return null;
        }
        if (scalar.plain()) {
            switch (scalar.value().toLowerCase(Locale.ROOT)) {
                case "true":
                    return true;
                case "false":
                    return false;
                default:
                    break;
            }
        }
        error(scalar.pos(), what + " must be true or false, not " + scalar.describe());
        return null;
    }

    YearOrDate yearOrDate(YNode node, String what) {
        return yearOrDate(node, what, "");
    }

    /** A year or an ISO date; {@code orElse} names what else the key takes, for the message (", or childhood"). */
    YearOrDate yearOrDate(YNode node, String what, String orElse) {
        YNode.Scalar scalar = scalar(node, what);
        if (scalar == null) {
            return null;
        }
        String text = scalar.value().trim();
        if (INTEGER.matcher(text).matches() && text.length() <= 5) {
            return new YearOrDate(Integer.parseInt(text), text);
        }
        if (ISO_DATE.matcher(text).matches()) {
            try {
                LocalDate date = LocalDate.parse(text);
                return new YearOrDate(date.getYear(), text);
            } catch (DateTimeException invalid) {
                // falls through
            }
        }
        error(scalar.pos(), what + " must be a year (1968)" + (orElse.isEmpty() ? " or" : ",") + " an ISO date (1968-04-02)"
                + orElse + ", not " + scalar.describe());
        return null;
    }

    /** A member id that must name a member; recorded for the reference check. */
    String memberRef(YNode node, String what) {
        YNode.Scalar scalar = scalar(node, what);
        if (scalar == null) {
            return null;
        }
        // A member already read gives its own id string in one lookup; the others are made one
        // string and kept for the check at the end.
        Member known = declared.get(scalar.value());
        if (known != null) {
            return known.id();
        }
        String id = id(scalar.value());
        refs.add(new IdRef(id, scalar.pos()));
        return id;
    }

    /** A list of member ids; a single id is accepted as a list of one. Null after an error. */
    List<String> memberRefs(YNode node, String what, int min, int max) {
        return memberRefs(node, what, min, max, true);
    }

    /** As above; with {@code unique} false, a repeated id is left for the caller to judge. */
    List<String> memberRefs(YNode node, String what, int min, int max, boolean unique) {
        List<YNode> items;
        if (node instanceof YNode.Seq seq) {
            items = seq.items();
        } else if (node instanceof YNode.Scalar scalar && !scalar.isNull()) {
            items = List.of(node);
        } else {
            if (!(node instanceof YNode.Invalid)) {
                error(node.pos(), what + " must be a list of member ids, not " + node.describe());
            }
            return null;
        }
        if (items.size() < min || items.size() > max) {
            String count = min == max ? "exactly " + min : max == Integer.MAX_VALUE ? "at least " + min
                    : min + " to " + max;
            error(node.pos(), what + " must list " + count + " member id" + (max == 1 ? "" : "s")
                    + ", not " + items.size());
            return null;
        }
        List<String> ids = new ArrayList<>(items.size());
        List<String> seen = new ArrayList<>();
        for (YNode item : items) {
            String id = memberRef(item, what + " entry");
            if (id == null) {
                return null;
            }
            if (unique && seen.contains(id)) {
                error(item.pos(), what + " names '" + id + "' twice");
                return null;
            }
            seen.add(id);
            ids.add(id);
        }
        return List.copyOf(ids);
    }

    /** One of a closed set of words, mapped onto the enum constant of the same name. */
    <E extends Enum<E>> E choice(YNode node, String what, List<String> names, Class<E> type) {
        String text = string(node, what);
        if (text == null) {
            return null;
        }
        String word = text.toLowerCase(Locale.ROOT);
        if (!names.contains(word)) {
            error(node.pos(), what + " must be " + oneOf(names) + ", not '" + text + "'" + Suggest.hint(text, names));
            return null;
        }
        return Enum.valueOf(type, word.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** "a, b or c". */
    static String oneOf(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
