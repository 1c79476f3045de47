package org.famstruct.map;

import java.util.List;
import org.famstruct.map.dot.Attrs;
import org.famstruct.model.Relationship;
import org.famstruct.model.RelationshipType;

/**
 * How one relationship type is drawn, the same in both maps except for hostility (docs/notation.md):
 * close a double line, fused a triple line, hostility a zigzag in the genogram (McGoldrick et
 * al. 2008) and hatches across the line in the structural map (Minuchin 1974), over the double
 * or triple line for close-hostile and fused-hostile; distant dotted; cutoff a line broken in
 * the middle with a bar on each side; directed types an arrow from the actor, named on the
 * line. Every type differs from the others by its pattern or its word, never by colour alone.
 *
 * @param parallel  parallel lines (1, 2 or 3)
 * @param dotted    a dotted line
 * @param hostile   zigzag or hatches
 * @param arrow     an arrow from {@code from} to {@code to}
 * @param broken    the cutoff's broken line with bars
 * @param penwidth  line width
 * @param legendKey lines that look alike share one legend entry
 * @param legend    the legend's description
 */
record RelationshipLook(int parallel, boolean dotted, boolean hostile, boolean arrow, boolean broken,
        double penwidth, String legendKey, String legend) {

    /** How hostility is drawn: the genogram's zigzag or the structural map's hatches. */
    enum Hostility { ZIGZAG, HATCHES }

    static RelationshipLook of(RelationshipType type) {
        return switch (type) {
            case CLOSE -> mutual(2, false, false, "close (affiliation)");
            case FUSED -> mutual(3, false, false, "fused (over-involvement)");
            case CONFLICT -> mutual(1, false, true, "conflict");
            case FUSED_HOSTILE -> mutual(3, false, true, "fused and hostile");
            case CLOSE_HOSTILE -> mutual(2, false, true, "close but hostile");
            case DISTANT -> mutual(1, true, false, "distant");
            case CUTOFF -> new RelationshipLook(1, false, false, false, true, 1, "cutoff", "cutoff (no contact)");
            case ABUSES -> new RelationshipLook(1, false, false, true, false, 2.5, "abuses", "abuses (heavy arrow)");
            case NEGLECTS -> new RelationshipLook(1, true, false, true, false, 1, "neglects",
                    "neglects (dotted arrow)");
            default -> new RelationshipLook(1, false, false, true, false, 1, "directed",
                    "one-way: arrow from the actor, its type named on it");
        };
    }

    private static RelationshipLook mutual(int parallel, boolean dotted, boolean hostile, String legend) {
        return new RelationshipLook(parallel, dotted, hostile, false, false, 1, legend, legend);
    }

    /**
     * The word drawn on the line, or null: a directed type's name ("confides in", "abuses
     * (physical)"), and "covert" for a submerged or denied tie of any type.
     */
    static String word(Relationship r) {
        String word = null;
        if (r.directed()) {
            word = r.type().id().replace('-', ' ');
            if (r.type() == RelationshipType.ABUSES && r.kind() != null) {
                word += " (" + r.kind() + ")";
            }
        }
        if (!r.overt()) {
            word = word == null ? "covert" : word + " (covert)";
        }
        return word;
    }

    /** Draws the relationship along {@code path} (from the actor to the other for a directed type). */
    void draw(Sheet sheet, String from, String to, List<Point> path, String color, Hostility hostility) {
        Attrs a = Attrs.of().put("color", Palette.lines(color, parallel));
        if (dotted) {
            a.put("style", "dotted");
        }
        if (penwidth != 1) {
            a.put("penwidth", penwidth);
        }
        if (broken) {
            sheet.line(from, to, Strokes.broken(path, 10, 10), a);
            return;
        }
        if (hostile && parallel == 1 && hostility == Hostility.ZIGZAG) {
            // A gentle zigzag: a reader sees the pattern, and the line stays about as long as the straight way.
            sheet.line(from, to, List.of(Strokes.zigzag(path, 3, 18)), a.put("penwidth", 1.2));
            return;
        }
        if (arrow) {
            sheet.arrow(from, to, path, false, a);
        } else {
            sheet.line(from, to, List.of(path), a);
        }
        if (hostile) {
            // The hostility drawn over the double or triple line, which already joins the two:
            // a mark along it, between points at its ends.
            // It keeps clear of the symbols' corners, where it would seem to enter someone.
            Attrs h = Attrs.of().put("color", color).put("penwidth", 1.2);
            List<Point> along = Strokes.trim(path, 10);
            List<List<Point>> mark = hostility == Hostility.ZIGZAG ? List.of(Strokes.zigzag(along, 4.5, 18))
                    : Strokes.hatches(along, 10, 9);
            sheet.line(sheet.point(along.get(0)), sheet.point(along.get(along.size() - 1)), mark, h);
        }
    }
}
