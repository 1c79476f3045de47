package org.famstruct.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.famstruct.detect.Finding;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.map.dot.Attrs;
import org.famstruct.model.ChildKind;
import org.famstruct.model.Family;
import org.famstruct.model.Gender;
import org.famstruct.model.Member;
import org.famstruct.model.Relationship;
import org.famstruct.model.Union;
import org.famstruct.model.UnionStatus;

/**
 * The genogram of McGoldrick, Gerson and Petry (2008), drawn where {@link Coordinates} puts
 * everyone: squares, circles, diamonds and the unknown symbol with the age inside; an X corner
 * to corner for the deceased; a double outline for the identified patient; the couple line
 * dropping below the partners (one slash for separation, two for divorce, dashed for an
 * unmarried couple) with the years above it; the children hanging from a sibship line in birth
 * order, twins from one point (identical twins with a bar between their lines), adopted
 * children dashed and foster children dotted; households as dotted outlines; emotional lines
 * straight between the symbols in the standard patterns. The name and the years sit under
 * each symbol, below the couple line.
 */
final class GenogramRenderer implements MapRenderer {
    static final double SYMBOL = 30;
    private static final double NAME_SIZE = 10;
    private static final double YEARS_SIZE = 8;
    private static final double GAP = 18;
    /** How far the couple line drops below the symbols. */
    private static final double DROP = 14;
    /** How far above the children's symbols their sibship line runs. */
    private static final double SIBSHIP = 16;

    @Override
    public String render(FamilyGraph graph, List<Finding> findings, MapOptions options) {
        return new Run(graph, options).draw();
    }

    private static final class Run {
        private final Family family;
        private final MapOptions options;
        private final Palette palette;
        private final Naming naming;
        private final FamilyLayout layout;
        private final NodeIds ids;
        private final Legend legend = new Legend();
        private final Sheet sheet = new Sheet();
        private final Coordinates at;
        private final double nameBlock;
        private final Map<String, Box> symbolBox = new HashMap<>();

        Run(FamilyGraph graph, MapOptions options) {
            this.family = graph.family();
            this.options = options;
            this.palette = new Palette(options.mono());
            this.naming = new Naming(family, options.anonymize());
            this.layout = new FamilyLayout(graph);
            this.ids = new NodeIds(family);
            double tallest = 0;
            for (Member m : family.members().values()) {
                tallest = Math.max(tallest, nameBox(m, new Point(0, 0)).height());
            }
            this.nameBlock = tallest;
            double rowHeight = SYMBOL + DROP + 3 + nameBlock + 12 + SIBSHIP;
            this.at = new Coordinates(layout, this::slotWidth, this::hookWidth, GAP, rowHeight);
        }

        private double slotWidth(String member) {
            return Math.max(SYMBOL + 8, nameBox(family.member(member), new Point(0, 0)).width());
        }

        private double hookWidth(FamilyLayout.Hook hook) {
            if (hook.kind == FamilyLayout.HookKind.SINGLE) {
                return 6;
            }
            String years = hook.union == null ? null : unionYears(hook.union);
            return years == null ? 22 : Math.max(22, Sheet.textBox(years, new Point(0, 0), YEARS_SIZE).width()
                    - SYMBOL + 4);
        }

        /** The name and the years under a symbol, as one block. */
        private Box nameBox(Member m, Point centre) {
            Box name = Sheet.textBox(naming.label(m.id()), centre, NAME_SIZE);
            String years = years(m);
            if (years == null) {
                return name;
            }
            Box y = Sheet.textBox(years, centre, YEARS_SIZE);
            return Box.around(centre, Math.max(name.width(), y.width()), name.height() + y.height());
        }

        private String years(Member m) {
            return Years.span(m, options.anonymize());
        }

        String draw() {
            for (Member m : family.members().values()) {
                drawMember(m);
            }
            for (FamilyLayout.Hook hook : layout.hooks()) {
                drawHook(hook);
            }
            for (FamilyLayout.ExtraLink link : layout.extraLinks()) {
                drawExtraLink(link);
            }
            drawHouseholds();
            drawRelationships();
            Titles.place(sheet, family, naming);
            if (options.legend()) {
                legend.place(sheet);
            }
            return sheet.write("genogram", Attrs.of().put("fontname", StructuralMapRenderer.FONT),
                    Attrs.of().put("fontname", StructuralMapRenderer.FONT).put("fontsize", NAME_SIZE)
                            .put("color", Palette.INK),
                    Attrs.of().put("dir", "none").put("arrowsize", 0.8).put("color", Palette.INK), 12);
        }

        private void drawMember(Member m) {
            Point c = at.member(m.id());
            String shape = shape(m);
            Attrs a = Attrs.of().put("shape", shape).put("fixedsize", "shape").put("width", inches(size(m)))
                    .put("height", inches(m.pet() ? SYMBOL * 0.8 : size(m)));
            if (m.gender() == Gender.UNKNOWN && !m.pet()) {
                a.put("style", "rounded").put("label", "?");
            } else {
                a.put("label", m.age() != null && !options.anonymize() ? Integer.toString(m.age()) : "");
            }
            Attrs sample = Attrs.of().putAll(a).put("label", m.gender() == Gender.UNKNOWN && !m.pet() ? "?" : "")
                    .put("width", inches(12)).put("height", inches(m.pet() ? 10 : 12)).put("fontsize", 8);
            legend.add(1 + (m.pet() ? 4 : m.gender().ordinal()), "shape-" + shape, legendName(m),
                    (s, cell) -> s.symbol(legendId(s), cell.centre(), Box.around(cell.centre(), 12, 12), sample));
            double outline = SYMBOL;
            if (m.identifiedPatient()) {
                a.put("peripheries", 2);
                outline += 8;
                legend.add(6, "ip", "identified patient", (s, cell) -> s.symbol(legendId(s), cell.centre(),
                        Box.around(cell.centre(), 14, 14), Attrs.of().put("shape", "square").put("fixedsize", "shape")
                                .put("label", "").put("width", inches(10)).put("height", inches(10))
                                .put("peripheries", 2)));
            }
            String id = ids.member(m.id());
            Box box = Box.around(c, outline, outline);
            symbolBox.put(m.id(), box);
            sheet.symbol(id, c, box, a);
            if (m.deceased()) {
                cross(id, c, size(m) / 2);
                legend.add(7, "deceased", "deceased", (s, cell) -> {
                    String cross = legendId(s);
                    s.symbol(cross, cell.centre(), Box.around(cell.centre(), 12, 12), Attrs.of().put("shape", "square")
                            .put("fixedsize", "shape").put("label", "").put("width", inches(12))
                            .put("height", inches(12)));
                    crossOn(s, cross, cell.centre(), 6);
                });
            }
            Point nameAt = new Point(c.x(), c.y() + SYMBOL / 2 + DROP + 3);
            Box name = Sheet.textBox(naming.label(m.id()), nameAt, NAME_SIZE);
            name = name.moveTo(name.x0(), nameAt.y());
            sheet.text(naming.label(m.id()), name.centre(), NAME_SIZE, null);
            String years = years(m);
            if (years != null) {
                Box y = Sheet.textBox(years, c, YEARS_SIZE);
                sheet.text(years, new Point(c.x(), name.y1() + y.height() / 2), YEARS_SIZE, null);
            }
        }

        private static double size(Member m) {
            return m.gender() == Gender.NONBINARY && !m.pet() ? SYMBOL + 6 : SYMBOL;
        }

        private void cross(String id, Point c, double h) {
            crossOn(sheet, id, c, h);
        }

        /** The X of the deceased, corner to corner, drawn as a line from the symbol to a point at its corner. */
        private static void crossOn(Sheet s, String id, Point c, double h) {
            String corner = s.point(c.plus(h, h));
            s.line(id, corner, List.of(List.of(c.plus(-h, -h), c.plus(h, h)), List.of(c.plus(h, -h), c.plus(-h, h))),
                    Attrs.of());
        }

        private static String legendId(Sheet s) {
            return s.sampleId();
        }

        private static String shape(Member m) {
            if (m.pet()) {
                return "hexagon";
            }
            return switch (m.gender()) {
                case MALE -> "square";
                case FEMALE -> "circle";
                case NONBINARY -> "diamond";
                case UNKNOWN -> "box";
            };
        }

        private static String legendName(Member m) {
            if (m.pet()) {
                return "pet";
            }
            return switch (m.gender()) {
                case MALE -> "male";
                case FEMALE -> "female";
                case NONBINARY -> "nonbinary";
                case UNKNOWN -> "gender unknown";
            };
        }

        private static double inches(double points) {
            return Math.round(points / 72 * 1000) / 1000.0;
        }

        /** The couple line (or a single parent's stub), and the children's lines under it. */
        private void drawHook(FamilyLayout.Hook hook) {
            Point left = at.member(hook.left);
            double lineY = at.rowY(at.hookRow(hook)) + SYMBOL / 2 + DROP;
            double hx = at.hookX(hook);
            String from = ids.member(hook.left);
            if (hook.kind == FamilyLayout.HookKind.SINGLE) {
                double side = hx < left.x() ? -1 : 1;
                hx = left.x() + side * (SYMBOL / 2 + 10);
                sheet.line(from, sheet.point(new Point(hx, lineY)), List.of(List.of(
                        new Point(left.x() + side * SYMBOL / 2, left.y()), new Point(hx, left.y()),
                        new Point(hx, lineY))), Attrs.of());
            } else if (at.row(hook.left) == at.row(hook.right)) {
                drawCouple(hook, lineY);
            } else {
                // Partners of different generations (kin who marry across them): a long link.
                Point right = at.member(hook.right);
                List<Point> path = Router.route(toward(hook.left, right), toward(hook.right, left),
                        avoid(hook.left, hook.right));
                sheet.line(from, ids.member(hook.right), List.of(path), coupleAttrs(hook));
                hx = left.x();
                lineY = left.y() + SYMBOL / 2;
            }
            drawChildren(hook, hx, lineY);
        }

        private void drawCouple(FamilyLayout.Hook hook, double lineY) {
            Point l = at.member(hook.left);
            Point r = at.member(hook.right);
            if (l.x() > r.x()) {
                Point t = l;
                l = r;
                r = t;
            }
            List<List<Point>> pieces = new ArrayList<>();
            pieces.add(List.of(new Point(l.x(), l.y() + SYMBOL / 2), new Point(l.x(), lineY), new Point(r.x(), lineY),
                    new Point(r.x(), r.y() + SYMBOL / 2)));
            UnionStatus status = hook.union == null ? null : hook.union.status();
            int slashes = status == UnionStatus.SEPARATED ? 1 : status == UnionStatus.DIVORCED ? 2 : 0;
            double mid = (l.x() + r.x()) / 2;
            double markX = hook.kids.isEmpty() ? mid : mid - 12;
            for (int i = 0; i < slashes; i++) {
                double x = markX + (i - (slashes - 1) / 2.0) * 6;
                pieces.add(List.of(new Point(x - 3, lineY + 5), new Point(x + 3, lineY - 5)));
            }
            sheet.line(ids.member(hook.left), ids.member(hook.right), pieces, coupleAttrs(hook));
            String years = hook.union == null ? null : unionYears(hook.union);
            if (years != null) {
                Box box = Sheet.textBox(years, new Point(mid, 0), YEARS_SIZE);
                sheet.text(years, new Point(mid, lineY - 6 - box.height() / 2), YEARS_SIZE, null);
            }
            if (slashes > 0) {
                legend.add(13 + slashes, "slashes-" + slashes, slashes == 1 ? "separated" : "divorced",
                        (s, cell) -> {
                            Point a = new Point(cell.x0(), cell.centre().y());
                            Point b = new Point(cell.x1(), cell.centre().y());
                            List<List<Point>> sample = new ArrayList<>();
                            sample.add(List.of(a, b));
                            for (int i = 0; i < slashes; i++) {
                                double x = cell.centre().x() + (i - (slashes - 1) / 2.0) * 6;
                                sample.add(List.of(new Point(x - 3, b.y() + 5), new Point(x + 3, b.y() - 5)));
                            }
                            s.line(s.point(a), s.point(b), sample, Attrs.of());
                        });
            }
        }

        private Attrs coupleAttrs(FamilyLayout.Hook hook) {
            boolean unmarried = hook.kind == FamilyLayout.HookKind.IMPLICIT || switch (hook.union.status()) {
                case COHABITING, DATING, ENGAGED -> true;
                default -> false;
            };
            String text = hook.kind == FamilyLayout.HookKind.IMPLICIT ? "parents, no union recorded"
                    : unmarried ? "couple, not married" : "married couple";
            Attrs a = unmarried ? Attrs.of().put("style", "dashed") : Attrs.of();
            legend.add(unmarried ? 11 : 10, "couple-" + text, text, (s, cell) -> sampleLine(s, cell, a));
            return a;
        }

        private static void sampleLine(Sheet s, Box cell, Attrs a) {
            Point p = new Point(cell.x0(), cell.centre().y());
            Point q = new Point(cell.x1(), cell.centre().y());
            s.line(s.point(p), s.point(q), List.of(List.of(p, q)), a);
        }

        /** "m. 1994", "div. 2005", "engaged"... over the couple line, or null. */
        private String unionYears(Union u) {
            List<String> parts = new ArrayList<>();
            boolean married = u.status() == UnionStatus.MARRIED || u.status() == UnionStatus.SEPARATED
                    || u.status() == UnionStatus.DIVORCED || u.status() == UnionStatus.WIDOWED;
            if (u.status() == UnionStatus.ENGAGED || u.status() == UnionStatus.DATING) {
                parts.add(u.status().id());
            }
            if (u.since() != null) {
                parts.add((married ? "m. " : "since ") + Years.year(u.since(), options.anonymize()));
            }
            if (u.until() != null) {
                parts.add(switch (u.status()) {
                    case SEPARATED -> "sep. ";
                    case DIVORCED -> "div. ";
                    case WIDOWED -> "wid. ";
                    default -> "until ";
                } + Years.year(u.until(), options.anonymize()));
            }
            return parts.isEmpty() ? null : String.join(" ", parts);
        }

        /**
         * The trunk from the couple line down to the sibship line, the sibship line over the
         * children, and a line down to each; twins share one point of the sibship line.
         */
        private void drawChildren(FamilyLayout.Hook hook, double hx, double lineY) {
            List<String> kids = at.kidsBelow(hook);
            if (kids.isEmpty()) {
                return;
            }
            double sy = at.rowY(at.row(kids.get(0))) - SYMBOL / 2 - SIBSHIP;
            Map<String, Double> attach = new LinkedHashMap<>();
            for (String kid : kids) {
                List<String> group = birthGroup(hook, kid);
                double x = 0;
                int n = 0;
                for (String g : group) {
                    if (kids.contains(g)) {
                        x += at.member(g).x();
                        n++;
                    }
                }
                attach.put(kid, x / n);
            }
            double x0 = hx;
            double x1 = hx;
            for (double x : attach.values()) {
                x0 = Math.min(x0, x);
                x1 = Math.max(x1, x);
            }
            String trunk = sheet.point(new Point(hx, sy));
            String top = sheet.point(new Point(hx, lineY));
            sheet.line(top, trunk, List.of(List.of(new Point(hx, lineY), new Point(hx, sy)),
                    List.of(new Point(x0, sy), new Point(x1, sy))), Attrs.of());
            legend.add(20, "children", "children, oldest on the left", (s, cell) -> {
                Point a = new Point(cell.x0() + 4, cell.y1());
                Point b = new Point(cell.x1() - 4, cell.y1());
                s.line(s.point(a), s.point(b), List.of(List.of(a, new Point(a.x(), cell.y0()),
                        new Point(b.x(), cell.y0()), b)), Attrs.of());
            });
            Map<Double, List<String>> identicalBars = new LinkedHashMap<>();
            for (FamilyLayout.Kid kid : hook.kids) {
                if (!kids.contains(kid.member())) {
                    continue;
                }
                Point k = at.member(kid.member());
                Point from = new Point(attach.get(kid.member()), sy);
                Attrs a = childAttrs(kid.kind());
                sheet.line(trunk, ids.member(kid.member()), List.of(List.of(from, new Point(k.x(), k.y() - SYMBOL / 2))),
                        a);
                if (hook.union != null && hook.union.identicalTwin(kid.member())) {
                    identicalBars.computeIfAbsent(from.x(), x -> new ArrayList<>()).add(kid.member());
                }
                if (birthGroup(hook, kid.member()).size() > 1) {
                    boolean identical = hook.union.identicalTwin(kid.member());
                    legend.add(identical ? 23 : 22, identical ? "identical" : "twins",
                            identical ? "identical twins" : "twins", (s, cell) -> twinSample(s, cell, identical));
                }
            }
            identicalBars.forEach((x, twins) -> {
                Point a = new Point(x, sy).toward(top(twins.get(0)), 0.5);
                Point b = new Point(x, sy).toward(top(twins.get(twins.size() - 1)), 0.5);
                sheet.line(trunk, ids.member(twins.get(0)), List.of(List.of(a, b)), Attrs.of());
            });
        }

        private Point top(String member) {
            Point k = at.member(member);
            return new Point(k.x(), k.y() - SYMBOL / 2);
        }

        private static void twinSample(Sheet s, Box cell, boolean identical) {
            Point apex = new Point(cell.centre().x(), cell.y0());
            Point a = new Point(cell.x0() + 8, cell.y1());
            Point b = new Point(cell.x1() - 8, cell.y1());
            List<List<Point>> pieces = new ArrayList<>(List.of(List.of(a, apex, b)));
            if (identical) {
                pieces.add(List.of(apex.toward(a, 0.5), apex.toward(b, 0.5)));
            }
            s.line(s.point(a), s.point(b), pieces, Attrs.of());
        }

        private static List<String> birthGroup(FamilyLayout.Hook hook, String kid) {
            if (hook.union == null) {
                return List.of(kid);
            }
            List<String> group = hook.union.birthGroup(kid);
            return group.isEmpty() ? List.of(kid) : group;
        }

        private Attrs childAttrs(ChildKind kind) {
            return switch (kind) {
                case ADOPTED -> childLegend(24, "adopted child", Attrs.of().put("style", "dashed"));
                case FOSTER -> childLegend(25, "foster child", Attrs.of().put("style", "dotted"));
                case STEP -> childLegend(26, "step-child", Attrs.of().put("style", "dashed").put("penwidth", 0.6));
                default -> Attrs.of();
            };
        }

        private Attrs childLegend(int order, String text, Attrs a) {
            legend.add(order, text, text, (s, cell) -> {
                Point p = new Point(cell.centre().x(), cell.y0());
                Point q = new Point(cell.centre().x(), cell.y1());
                s.line(s.point(p), s.point(q), List.of(List.of(p, q)), a);
            });
            return a;
        }

        /** A child listed by a second union too (as step- or foster child): a line of that kind from it. */
        private void drawExtraLink(FamilyLayout.ExtraLink link) {
            FamilyLayout.Hook hook = link.hook();
            double lineY = at.rowY(at.hookRow(hook)) + SYMBOL / 2 + DROP;
            Point from = new Point(at.hookX(hook), lineY);
            Point to = top(link.kid().member());
            List<Point> path = Router.route(from, to, avoid(link.kid().member()));
            sheet.line(sheet.point(from), ids.member(link.kid().member()), List.of(path), childAttrs(link.kid().kind()));
        }

        /** A dotted outline around the members of one household who stand side by side in one row. */
        private void drawHouseholds() {
            Map<String, List<String>> households = new LinkedHashMap<>();
            for (Member m : family.members().values()) {
                if (m.household() != null) {
                    households.computeIfAbsent(m.household(), k -> new ArrayList<>()).add(m.id());
                }
            }
            for (List<String> members : households.values()) {
                if (members.size() < 2) {
                    continue;
                }
                Box around = null;
                for (String m : members) {
                    Box b = symbolBox.get(m).union(nameBox(family.member(m), at.member(m)).moveTo(
                            at.member(m).x() - nameBox(family.member(m), at.member(m)).width() / 2,
                            at.member(m).y() + SYMBOL / 2 + DROP + 3));
                    around = around == null ? b : around.union(b);
                }
                Box outline = around.grow(5);
                boolean alone = true;
                for (Member other : family.members().values()) {
                    if (!members.contains(other.id()) && symbolBox.get(other.id()).overlaps(outline.grow(2))) {
                        alone = false;
                    }
                }
                if (!alone) {
                    continue;
                }
                Point a = new Point(outline.x0(), outline.y0());
                List<Point> ring = List.of(a, new Point(outline.x1(), outline.y0()), new Point(outline.x1(), outline.y1()),
                        new Point(outline.x0(), outline.y1()), a);
                Attrs style = Attrs.of().put("style", "dotted");
                sheet.line(ids.member(members.get(0)), sheet.point(a), List.of(ring), style);
                legend.add(27, "household", "household", (s, cell) -> {
                    Point p = new Point(cell.x0() + 6, cell.y0());
                    s.line(s.point(p), s.point(p), List.of(List.of(p, new Point(cell.x1() - 6, cell.y0()),
                            new Point(cell.x1() - 6, cell.y1()), new Point(cell.x0() + 6, cell.y1()), p)), style);
                });
            }
        }

        /** Emotional lines, straight between the symbols (bent once around anyone in the way). */
        private void drawRelationships() {
            List<Double> shifts = TieOffsets.of(family.relationships(), 9);
            List<Runnable> words = new ArrayList<>();
            for (int i = 0; i < family.relationships().size(); i++) {
                Relationship r = family.relationships().get(i);
                RelationshipLook look = RelationshipLook.of(r.type());
                String color = palette.valence(r.type().valence());
                double shift = shifts.get(i);
                // Routed clear by the offset too, so the line moved aside still passes everyone.
                List<Box> avoid = avoid(Math.abs(shift), r.from(), r.to());
                List<Point> path = Router.route(ports(r.from(), at.member(r.to())), ports(r.to(), at.member(r.from())),
                        avoid);
                path = Strokes.offset(path, shift);
                look.draw(sheet, ids.member(r.from()), ids.member(r.to()), path, color,
                        RelationshipLook.Hostility.ZIGZAG);
                String word = RelationshipLook.word(r);
                if (word != null) {
                    List<Point> along = path;
                    words.add(() -> sheet.placeText(word, 8, options.mono() ? null : color, Sheet.besideLine(along)));
                }
                legend.add(30 + r.type().ordinal(), look.legendKey(), look.legend(), (s, cell) -> {
                    Point p = new Point(cell.x0(), cell.centre().y());
                    Point q = new Point(cell.x1(), cell.centre().y());
                    look.draw(s, s.point(p), s.point(q), List.of(p, q), color, RelationshipLook.Hostility.ZIGZAG);
                });
            }
            // Words last, once every line is drawn: a word must not block a line's way.
            words.forEach(Runnable::run);
        }

        /** Where a line to {@code other} may leave a member's symbol: facing the other, or from either side. */
        private List<Point> ports(String member, Point other) {
            Point c = at.member(member);
            double h = symbolBox.get(member).width() / 2 + 1;
            return List.of(toward(member, other), c.plus(-h, 0), c.plus(h, 0));
        }

        /** The point on a member's symbol outline facing {@code other}. */
        private Point toward(String member, Point other) {
            Point c = at.member(member);
            Box box = symbolBox.get(member);
            double h = box.width() / 2 + 1;
            double dx = other.x() - c.x();
            double dy = other.y() - c.y();
            double d = Math.hypot(dx, dy);
            if (d == 0) {
                return c;
            }
            if (isCircle(family.member(member))) {
                return c.plus(dx / d * h, dy / d * h);
            }
            double t = h / Math.max(Math.abs(dx), Math.abs(dy));
            return c.plus(dx * t, dy * t);
        }

        /**
         * Every symbol and text a line must not cross; its own members' symbols only by their
         * solid part ({@link #solid}), so the line may leave from anywhere on their outline but
         * never cut across one of them.
         */
        private List<Box> avoid(String... ends) {
            return avoid(0, ends);
        }

        /** As above, everyone else's boxes {@code extra} wider (for a line to be moved aside by that much). */
        private List<Box> avoid(double extra, String... ends) {
            Map<Box, Box> own = new HashMap<>();
            for (String e : ends) {
                own.put(symbolBox.get(e), solid(e));
            }
            List<Box> all = new ArrayList<>();
            for (Box b : sheet.taken()) {
                all.add(own.getOrDefault(b, b.grow(2 + extra)));
            }
            return all;
        }

        /**
         * What a line ending on {@code member} must not cross: a line may end on its own symbol
         * but not cut across it to a port on its far side. For a square, its own box (less the
         * half point between outline and port); for a circle, hexagon or diamond, a square inside
         * it, since the corners of its box are empty.
         */
        private Box solid(String member) {
            Box b = symbolBox.get(member);
            double inside = switch (shape(family.member(member))) {
                case "square", "box" -> 0;
                case "diamond" -> 0.5;
                default -> 0.7;
            };
            return inside == 0 ? b.grow(-0.5) : Box.around(b.centre(), b.width() * inside, b.height() * inside);
        }

        private static boolean isCircle(Member m) {
            return m.gender() == Gender.FEMALE && !m.pet();
        }
    }
}
