package org.famstruct.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Where every member and every union point goes, in points (y downward), from the order
 * {@link FamilyLayout} decided: generations as rows {@code rowHeight} apart, each row packed
 * left to right with {@code gap} between slots (a union point's slot keeps its partners apart
 * by its own width), then children centred under their parents' line and parents over their
 * children, as pedigree drawing does (kinship2's align.pedigree, Madeline 2.0): alternately
 * each sibship is pushed right until it is centred under its union, and each union is pushed
 * right until it is centred over its sibship. Moves only go right, and a move carries the rest
 * of the row along, so no two slots ever overlap; a family whose lines cannot all be centred
 * (kin who marry, sibships whose unions stand the other way round) stops after a fixed number
 * of rounds with the best it reached, or sooner, before a round that would push a row further
 * right than all the rows' widths together (such moves feed each other and grow without end).
 */
final class Coordinates {
    private static final int ROUNDS = 40;

    private final FamilyLayout layout;
    private final double rowHeight;
    private final List<double[]> xs = new ArrayList<>();
    private final Map<String, int[]> memberSlot = new HashMap<>();
    private final Map<FamilyLayout.Hook, int[]> hookSlot = new HashMap<>();

    /**
     * @param width     the width a member's slot takes (its symbol and its name)
     * @param hookWidth the width of a union point's slot: the room between partners
     */
    Coordinates(FamilyLayout layout, ToDoubleFunction<String> width, ToDoubleFunction<FamilyLayout.Hook> hookWidth,
            double gap, double rowHeight) {
        this.layout = layout;
        this.rowHeight = rowHeight;
        List<FamilyLayout.Row> rows = layout.rows();
        List<double[]> widths = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<FamilyLayout.Slot> slots = rows.get(r).slots();
            double[] w = new double[slots.size()];
            double[] x = new double[slots.size()];
            for (int i = 0; i < slots.size(); i++) {
                FamilyLayout.Slot s = slots.get(i);
                w[i] = s.isMember() ? width.applyAsDouble(s.member()) : hookWidth.applyAsDouble(s.hook());
                x[i] = i == 0 ? w[i] / 2 : x[i - 1] + w[i - 1] / 2 + gap + w[i] / 2;
                if (s.isMember()) {
                    memberSlot.put(s.member(), new int[] {r, i});
                } else {
                    hookSlot.put(s.hook(), new int[] {r, i});
                }
            }
            widths.add(w);
            xs.add(x);
        }
        // Centring widens a row by at most what the other rows span; past that, the moves feed
        // each other (sibships whose unions stand the other way round) and would grow without end.
        double bound = 2 * totalReach(widths, gap) + 1;
        for (int round = 0; round < ROUNDS; round++) {
            List<double[]> before = copy(xs);
            boolean moved = false;
            for (int r = 0; r + 1 < rows.size(); r++) {
                moved |= centreChildren(r);
            }
            for (int r = rows.size() - 2; r >= 0; r--) {
                moved |= centreParents(r);
            }
            if (!moved) {
                break;
            }
            if (reach() > bound) {
                xs.clear();
                xs.addAll(before);
                break;
            }
        }
        // Start at the left edge of the widest-reaching row.
        double left = Double.MAX_VALUE;
        for (int r = 0; r < xs.size(); r++) {
            if (xs.get(r).length > 0) {
                left = Math.min(left, xs.get(r)[0] - widths.get(r)[0] / 2);
            }
        }
        for (double[] x : xs) {
            for (int i = 0; i < x.length; i++) {
                x[i] -= left;
            }
        }
    }

    /** The rows' packed widths added up: no row needs to move further right than this. */
    private static double totalReach(List<double[]> widths, double gap) {
        double sum = 0;
        for (double[] w : widths) {
            for (double width : w) {
                sum += width + gap;
            }
        }
        return sum;
    }

    /** How far right the furthest slot reaches. */
    private double reach() {
        double right = 0;
        for (double[] x : xs) {
            if (x.length > 0) {
                right = Math.max(right, x[x.length - 1]);
            }
        }
        return right;
    }

    private static List<double[]> copy(List<double[]> rows) {
        List<double[]> out = new ArrayList<>(rows.size());
        for (double[] row : rows) {
            out.add(row.clone());
        }
        return out;
    }

    /** The centre of a member's symbol. */
    Point member(String id) {
        int[] at = memberSlot.get(id);
        return new Point(xs.get(at[0])[at[1]], at[0] * rowHeight);
    }

    /** The row of a member (0 on top). */
    int row(String id) {
        return memberSlot.get(id)[0];
    }

    /** The y of a row's symbol centres. */
    double rowY(int row) {
        return row * rowHeight;
    }

    /**
     * Where a hook's children line leaves from, across: midway between the partners when they
     * share a row, else the hook's own slot (a single parent's stub, a couple split across rows).
     */
    double hookX(FamilyLayout.Hook hook) {
        int[] at = hookSlot.get(hook);
        if (hook.right != null && memberSlot.containsKey(hook.left) && memberSlot.containsKey(hook.right)
                && row(hook.left) == row(hook.right)) {
            return (member(hook.left).x() + member(hook.right).x()) / 2;
        }
        return at == null ? member(hook.left).x() : xs.get(at[0])[at[1]];
    }

    /** The row a hook stands in. */
    int hookRow(FamilyLayout.Hook hook) {
        int[] at = hookSlot.get(hook);
        return at == null ? row(hook.left) : at[0];
    }

    /** The children of a hook who stand in the row under it, left to right. */
    List<String> kidsBelow(FamilyLayout.Hook hook) {
        int below = hookRow(hook) + 1;
        List<String> kids = new ArrayList<>();
        for (FamilyLayout.Kid k : hook.kids) {
            if (row(k.member()) == below) {
                kids.add(k.member());
            }
        }
        kids.sort((a, b) -> Integer.compare(memberSlot.get(a)[1], memberSlot.get(b)[1]));
        return kids;
    }

    private double kidsCentre(List<String> kids) {
        return (member(kids.get(0)).x() + member(kids.get(kids.size() - 1)).x()) / 2;
    }

    /** Pushes each sibship of row r + 1 right until it is centred under its union; true when one moved. */
    private boolean centreChildren(int r) {
        boolean moved = false;
        for (FamilyLayout.Slot s : layout.rows().get(r).slots()) {
            if (s.isMember()) {
                continue;
            }
            List<String> kids = kidsBelow(s.hook());
            if (kids.isEmpty()) {
                continue;
            }
            double d = hookX(s.hook()) - kidsCentre(kids);
            if (d > 0.5) {
                shift(r + 1, memberSlot.get(kids.get(0))[1], d);
                moved = true;
            }
        }
        return moved;
    }

    /** Pushes each union of row r right until it is centred over its sibship; true when one moved. */
    private boolean centreParents(int r) {
        boolean moved = false;
        for (FamilyLayout.Slot s : layout.rows().get(r).slots()) {
            if (s.isMember()) {
                continue;
            }
            List<String> kids = kidsBelow(s.hook());
            if (kids.isEmpty()) {
                continue;
            }
            double d = kidsCentre(kids) - hookX(s.hook());
            if (d > 0.5) {
                int from = hookSlot.get(s.hook())[1];
                if (memberSlot.containsKey(s.hook().left) && row(s.hook().left) == r) {
                    from = Math.min(from, memberSlot.get(s.hook().left)[1]);
                }
                shift(r, from, d);
                moved = true;
            }
        }
        return moved;
    }

    private void shift(int row, int from, double d) {
        double[] x = xs.get(row);
        for (int i = from; i < x.length; i++) {
            x[i] += d;
        }
    }
}
