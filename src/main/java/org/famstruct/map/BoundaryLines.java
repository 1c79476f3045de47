package org.famstruct.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.famstruct.map.dot.Attrs;
import org.famstruct.model.Boundary;
import org.famstruct.model.BoundaryType;
import org.famstruct.model.Family;

/**
 * Rated boundaries as Minuchin (1974) draws them: a line between the subsystem and the rest,
 * dashed for clear, dotted for diffuse, solid and heavy for rigid. A subsystem in one
 * generation gets its line in the gap under it (over it when it is the last row), one piece per
 * run of its members who stand side by side, so the line never claims someone outside it.
 * A subsystem over several generations, or the whole family, is drawn around instead, when no
 * one else stands inside that outline; otherwise each of its rows gets its own line.
 */
final class BoundaryLines {
    private final Family family;
    private final Coordinates at;
    private final Map<String, Box> boxes;
    private final NodeIds ids;
    private final Naming naming;
    private final Legend legend;

    BoundaryLines(Family family, Coordinates at, Map<String, Box> boxes, NodeIds ids, Naming naming, Legend legend) {
        this.family = family;
        this.at = at;
        this.boxes = boxes;
        this.ids = ids;
        this.naming = naming;
        this.legend = legend;
    }

    static Attrs style(BoundaryType type) {
        return switch (type) {
            case CLEAR -> Attrs.of().put("style", "dashed").put("penwidth", 1.5);
            case DIFFUSE -> Attrs.of().put("style", "dotted").put("penwidth", 2);
            case RIGID -> Attrs.of().put("penwidth", 3);
        };
    }

    void draw(Sheet sheet) {
        int index = 0;
        for (Boundary b : family.boundaries()) {
            List<String> members = b.wholeFamily() ? List.copyOf(family.members().keySet()) : b.around();
            Attrs style = style(b.type());
            legend.add(20 + b.type().ordinal(), "boundary-" + b.type().id(), b.type().id() + " boundary",
                    (s, cell) -> {
                        Point p = new Point(cell.x0(), cell.centre().y());
                        Point q = new Point(cell.x1(), cell.centre().y());
                        s.line(s.point(p), s.point(q), List.of(List.of(p, q)), Attrs.of().putAll(style));
                    });
            TreeMap<Integer, List<String>> byRow = new TreeMap<>();
            for (String m : members) {
                byRow.computeIfAbsent(at.row(m), k -> new ArrayList<>()).add(m);
            }
            Box outline = outline(members);
            // A little apart for each boundary, so two lines in one gap do not lie on each other.
            double nudge = (index++ % 3) * 5;
            if ((byRow.size() > 1 || b.wholeFamily()) && outline != null) {
                Box o = outline.grow(10 + nudge);
                Point a = new Point(o.x0(), o.y0());
                sheet.line(ids.member(members.get(0)), sheet.point(a), List.of(List.of(a, new Point(o.x1(), o.y0()),
                        new Point(o.x1(), o.y1()), new Point(o.x0(), o.y1()), a)), Attrs.of().putAll(style));
                continue;
            }
            int lastRow = lastRow();
            for (Map.Entry<Integer, List<String>> row : byRow.entrySet()) {
                boolean under = row.getKey() < lastRow;
                for (List<String> run : runs(row.getValue())) {
                    Box first = boxes.get(run.get(0));
                    Box last = boxes.get(run.get(run.size() - 1));
                    double y = under ? first.y1() + 16 + nudge : first.y0() - 16 - nudge;
                    Point p = new Point(first.x0() - 6, y);
                    Point q = new Point(last.x1() + 6, y);
                    sheet.line(ids.member(run.get(0)), sheet.point(p), List.of(List.of(p, q)), Attrs.of().putAll(style));
                }
            }
        }
    }

    private int lastRow() {
        int last = 0;
        for (String m : family.members().keySet()) {
            last = Math.max(last, at.row(m));
        }
        return last;
    }

    /** The members' boxes together, or null when anyone else's box falls inside that outline. */
    private Box outline(List<String> members) {
        Box around = null;
        for (String m : members) {
            around = around == null ? boxes.get(m) : around.union(boxes.get(m));
        }
        Set<String> inside = Set.copyOf(members);
        for (String other : family.members().keySet()) {
            if (!inside.contains(other) && boxes.get(other).overlaps(around.grow(14))) {
                return null;
            }
        }
        return around;
    }

    /** The members of one row in runs of neighbours: nobody outside the set stands within a run. */
    private List<List<String>> runs(List<String> members) {
        List<String> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparingDouble(m -> at.member(m).x()));
        List<List<String>> runs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String m : sorted) {
            if (!current.isEmpty() && someoneBetween(current.get(current.size() - 1), m, members)) {
                runs.add(current);
                current = new ArrayList<>();
            }
            current.add(m);
        }
        runs.add(current);
        return runs;
    }

    private boolean someoneBetween(String a, String b, List<String> set) {
        double x0 = at.member(a).x();
        double x1 = at.member(b).x();
        int row = at.row(a);
        for (String other : family.members().keySet()) {
            if (!set.contains(other) && at.row(other) == row && at.member(other).x() > x0 && at.member(other).x() < x1) {
                return true;
            }
        }
        return false;
    }
}
