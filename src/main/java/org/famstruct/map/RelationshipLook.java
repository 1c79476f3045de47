package org.famstruct.map;

import org.famstruct.map.dot.Attrs;
import org.famstruct.map.dot.Html;
import org.famstruct.model.Relationship;
import org.famstruct.model.RelationshipType;

/**
 * How one relationship type is drawn, the same in both kinds of map (NOTATION.md): affiliation
 * a double line, over-involvement a triple line, conflict a bold line marked "≠", distance
 * dotted, cutoff with bars at both ends, directed types an arrow labelled with the type.
 *
 * @param lines     parallel lines (1, 2 or 3)
 * @param style     DOT line style
 * @param penwidth  line width
 * @param arrow     true for an arrow from {@code from} to {@code to}
 * @param bars      true for the cutoff's bars at both ends
 * @param mark      text drawn on the line, or null
 * @param legendKey lines that look alike share one legend entry
 * @param legend    the legend's description
 */
record RelationshipLook(int lines, String style, double penwidth, boolean arrow, boolean bars, String mark,
        String legendKey, String legend) {

    static final String CONFLICT_MARK = "≠";

    static RelationshipLook of(RelationshipType type) {
        return switch (type) {
            case CLOSE -> undirected(2, "solid", 1, null, "affiliation (close)");
            case FUSED -> undirected(3, "solid", 1, null, "over-involvement (fused)");
            case CONFLICT -> undirected(1, "solid", 2.5, CONFLICT_MARK, "conflict");
            case FUSED_HOSTILE -> undirected(3, "solid", 1, CONFLICT_MARK, "fused and hostile");
            case CLOSE_HOSTILE -> undirected(2, "solid", 1, CONFLICT_MARK, "close but hostile");
            case DISTANT -> undirected(1, "dotted", 1.5, null, "distant");
            case CUTOFF -> new RelationshipLook(1, "solid", 1, false, true, "cut off", "cutoff",
                    "cutoff (no contact)");
            case ABUSES -> new RelationshipLook(1, "solid", 2.5, true, false, type.id(), "abuses",
                    "abuses");
            case NEGLECTS -> new RelationshipLook(1, "dotted", 1.5, true, false, type.id(), "neglects",
                    "neglects");
            default -> new RelationshipLook(1, "solid", 1, true, false, type.id().replace('-', ' '), "directed",
                    "directed: arrow from the actor, type on the line");
        };
    }

    private static RelationshipLook undirected(int lines, String style, double penwidth, String mark, String legend) {
        return new RelationshipLook(lines, style, penwidth, false, false, mark, legend, legend);
    }

    /** The text on the line for this relationship: the type's mark, the kind of abuse, "covert". */
    String markFor(Relationship r) {
        String text = mark;
        if (r.type() == RelationshipType.ABUSES && r.kind() != null) {
            text = text + " (" + r.kind() + ")";
        }
        if (!r.overt()) {
            text = text == null ? "covert" : text + " (covert)";
        }
        return text;
    }

    /** The relationship in words, for a line that stands for several: "close", "recruits (covert)". */
    static String words(Relationship r) {
        String words = r.type().id().replace('-', ' ');
        if (r.type() == RelationshipType.ABUSES && r.kind() != null) {
            words += " (" + r.kind() + ")";
        }
        return r.overt() ? words : words + " (covert)";
    }

    /**
     * Arrowheads for one edge from {@code tail} to {@code head} that stands for several
     * relationships: a head where any of them points.
     */
    static Attrs mergedArrows(boolean toHead, boolean toTail) {
        if (toHead && toTail) {
            return Attrs.of().put("dir", "both");
        }
        return toHead ? Attrs.of().put("dir", "forward") : toTail ? Attrs.of().put("dir", "back") : Attrs.of();
    }

    /** A line's mark as a label: the conflict sign larger than the words, so it reads as a symbol. */
    static Html markLabel(String mark) {
        if (mark.startsWith(CONFLICT_MARK)) {
            return new Html().font(14, null, Html.of(CONFLICT_MARK)).text(mark.substring(CONFLICT_MARK.length()));
        }
        return Html.of(mark);
    }

    /**
     * The edge attributes (without label and direction, which depend on how the edge is
     * oriented in the drawing).
     */
    Attrs attrs(String color) {
        Attrs a = Attrs.of().put("color", Palette.lines(color, lines));
        if (!style.equals("solid")) {
            a.put("style", style);
        }
        if (penwidth != 1) {
            a.put("penwidth", penwidth);
        }
        return a;
    }

    /**
     * Arrowheads for an edge drawn from {@code tail} to {@code head}; {@code reversed} when the
     * drawing runs against the relationship (to keep older members above younger ones).
     */
    Attrs arrows(boolean reversed) {
        if (bars) {
            return Attrs.of().put("dir", "both").put("arrowhead", "tee").put("arrowtail", "tee");
        }
        if (!arrow) {
            return Attrs.of().put("dir", "none");
        }
        return Attrs.of().put("dir", reversed ? "back" : "forward");
    }
}
