package org.famstruct.map.dot;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The attribute list of a graph, node or edge, in insertion order (so output is stable).
 * Text values are always written quoted and escaped; only HTML labels built by {@link Html}
 * are written as {@code <...>}.
 */
public final class Attrs {
    private static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z]*");
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*|-?[0-9]*\\.?[0-9]+");
    private static final Pattern COLOR = Pattern.compile("[#A-Za-z0-9:;.]+");

    private final List<String> names = new ArrayList<>();
    private final List<String> values = new ArrayList<>();

    public static Attrs of() {
        return new Attrs();
    }

    public static Attrs of(String name, String value) {
        return new Attrs().put(name, value);
    }

    /** A text value; written unquoted when it is a plain DOT identifier or number, else quoted and escaped. */
    public Attrs put(String name, String value) {
        return set(name, PLAIN.matcher(value).matches() && !isKeyword(value) ? value : DotText.quoted(value));
    }

    public Attrs put(String name, double value) {
        return set(name, Html.number(value));
    }

    public Attrs put(String name, boolean value) {
        return set(name, value ? "true" : "false");
    }

    public Attrs put(String name, Html label) {
        return set(name, label.dot());
    }

    /** Appends every attribute of {@code other} (later values win in DOT). */
    public Attrs putAll(Attrs other) {
        for (int i = 0; i < other.names.size(); i++) {
            set(other.names.get(i), other.values.get(i));
        }
        return this;
    }

    public boolean isEmpty() {
        return names.isEmpty();
    }

    public boolean has(String name) {
        return names.contains(name);
    }

    private Attrs set(String name, String rendered) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not an attribute name: " + name);
        }
        int at = names.indexOf(name);
        if (at >= 0) {
            values.set(at, rendered);
        } else {
            names.add(name);
            values.add(rendered);
        }
        return this;
    }

    /** {@code [a=1, b="x"]}, or the empty string when there are none. */
    String dot() {
        if (names.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(names.get(i)).append('=').append(values.get(i));
        }
        return out.append(']').toString();
    }

    /** DOT's keywords cannot be unquoted values. */
    private static boolean isKeyword(String value) {
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "node", "edge", "graph", "digraph", "subgraph", "strict" -> true;
            default -> false;
        };
    }

    /** Colours come from our palettes, never from users; this keeps a mistake from reaching the markup. */
    static String checkColor(String color) {
        if (!COLOR.matcher(color).matches()) {
            throw new IllegalArgumentException("not a colour: " + color);
        }
        return color;
    }
}
