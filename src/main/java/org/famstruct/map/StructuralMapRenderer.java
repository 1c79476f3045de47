package org.famstruct.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.famstruct.detect.Finding;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.map.dot.Attrs;
import org.famstruct.map.dot.Html;
import org.famstruct.model.Family;
import org.famstruct.model.Member;
import org.famstruct.model.Relationship;

/**
 * Minuchin's structural map (1974), drawn where {@link Coordinates} puts everyone: generations
 * as rows by hierarchy, each member a box with the name; relationships as straight lines in
 * Minuchin's patterns (affiliation {@code =}, over-involvement {@code ≡}, conflict hatched);
 * rated boundaries as Minuchin's lines between subsystems ({@link BoundaryLines}); highlighted
 * findings as a broad translucent band under the lines they concern, named beside it, so the
 * relationship keeps its own pattern and colour; a coalition's target barred, detouring an
 * arrow from between the parents through the child.
 */
final class StructuralMapRenderer implements MapRenderer {
    static final String FONT = "Helvetica";
    private static final double NAME_SIZE = 11;
    private static final double DETAIL_SIZE = 8;
    private static final double GAP = 40;
    private static final double BAND = 9;

    @Override
    public String render(FamilyGraph graph, List<Finding> findings, MapOptions options) {
        return new Run(graph, findings, options).draw();
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
        private final Overlay overlay;
        private final Coordinates at;
        private final double boxHeight;
        private final Map<String, Box> boxes = new HashMap<>();
        private final Map<String, String> memberOfNode = new HashMap<>();
        /** The drawn path of each pair's first relationship line, by pair of node ids. */
        private final Map<String, List<Point>> paths = new HashMap<>();
        private final Map<String, Point> detourPoints = new HashMap<>();

        Run(FamilyGraph graph, List<Finding> findings, MapOptions options) {
            this.family = graph.family();
            this.options = options;
            this.palette = new Palette(options.mono());
            this.naming = new Naming(family, options.anonymize());
            this.layout = new FamilyLayout(graph);
            this.ids = new NodeIds(family);
            family.members().keySet().forEach(id -> memberOfNode.put(ids.member(id), id));
            List<Finding> drawn = findings.stream().filter(f -> options.highlight().contains(f.pattern().id())).toList();
            this.overlay = new Overlay(family, drawn, layout, ids, List.of());
            double tallest = 0;
            for (Member m : family.members().values()) {
                tallest = Math.max(tallest, boxOf(m, new Point(0, 0)).height());
            }
            this.boxHeight = tallest;
            this.at = new Coordinates(layout, id -> boxOf(family.member(id), new Point(0, 0)).width() + 8,
                    hook -> hook.kind == FamilyLayout.HookKind.SINGLE ? 0 : 4, GAP, boxHeight + 86);
        }

        /** A member's box: the name and the small line under it, with a margin. */
        private Box boxOf(Member m, Point c) {
            Box name = Sheet.textBox(naming.label(m.id()), c, NAME_SIZE);
            String detail = detail(m);
            double w = name.width();
            double h = name.height();
            if (detail != null) {
                Box d = Sheet.textBox(detail, c, DETAIL_SIZE);
                w = Math.max(w, d.width());
                h += d.height();
            }
            double extra = m.identifiedPatient() ? 8 : 0;
            return Box.around(c, Math.max(44, w + 16) + extra, Math.max(26, h + 10) + extra);
        }

        /** The small line under a name: the age, or † and the years for the deceased (decades, no age, anonymized). */
        private String detail(Member m) {
            String years = Years.span(m, options.anonymize());
            if (m.deceased()) {
                return "†" + (m.died() != null ? " " + years : "");
            }
            if (m.age() != null && !options.anonymize()) {
                return "age " + m.age();
            }
            return null;
        }

        String draw() {
            for (Member m : family.members().values()) {
                drawMember(m);
            }
            new BoundaryLines(family, at, boxes, ids, naming, legend).draw(sheet);
            drawRelationships();
            drawFindings();
            words.forEach(Runnable::run);
            Titles.place(sheet, family, naming);
            if (options.legend()) {
                legend.place(sheet);
            }
            return sheet.write("structural_map", Attrs.of().put("fontname", FONT),
                    Attrs.of().put("fontname", FONT).put("fontsize", NAME_SIZE).put("color", Palette.INK),
                    Attrs.of().put("dir", "none").put("arrowsize", 0.8).put("color", Palette.INK), 12);
        }

        private void drawMember(Member m) {
            Point c = at.member(m.id());
            Box box = boxOf(m, c);
            boxes.put(m.id(), box);
            double extra = m.identifiedPatient() ? 8 : 0;
            Html label = Html.of(naming.label(m.id()));
            String detail = detail(m);
            if (detail != null) {
                label.br().font(DETAIL_SIZE, null, Html.of(detail));
            }
            Attrs a = Attrs.of().put("shape", m.pet() ? "ellipse" : "box").put("style", m.pet() ? "solid" : "rounded")
                    .put("fixedsize", "shape").put("width", inches(box.width() - extra))
                    .put("height", inches(box.height() - extra)).put("label", label);
            legend.add(1, "member", "family member", (s, cell) -> s.symbol(s.sampleId(), cell.centre(),
                    Box.around(cell.centre(), 26, 12), Attrs.of().put("shape", "box").put("style", "rounded")
                            .put("fixedsize", "shape").put("label", "").put("width", inches(26)).put("height", inches(12))));
            if (m.identifiedPatient()) {
                a.put("peripheries", 2);
                legend.add(2, "ip", "identified patient", (s, cell) -> s.symbol(s.sampleId(), cell.centre(),
                        Box.around(cell.centre(), 26, 12), Attrs.of().put("shape", "box").put("style", "rounded")
                                .put("fixedsize", "shape").put("label", "").put("width", inches(22))
                                .put("height", inches(8)).put("peripheries", 2)));
            }
            if (m.pet()) {
                legend.add(3, "pet", "pet", (s, cell) -> s.symbol(s.sampleId(), cell.centre(),
                        Box.around(cell.centre(), 26, 12), Attrs.of().put("shape", "ellipse").put("fixedsize", "shape")
                                .put("label", "").put("width", inches(26)).put("height", inches(12))));
            }
            if (m.deceased()) {
                legend.add(4, "deceased", "† deceased (years)", (s, cell) -> { });
            }
            sheet.symbol(ids.member(m.id()), c, box, a);
        }

        private static double inches(double points) {
            return Math.round(points / 72 * 1000) / 1000.0;
        }

        /** Words on lines, placed once every line is drawn: a word must not block a line's way. */
        private final List<Runnable> words = new ArrayList<>();

        private void drawRelationships() {
            List<Double> shifts = TieOffsets.of(family.relationships(), 10);
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
                paths.putIfAbsent(Overlay.pair(ids.member(r.from()), ids.member(r.to())), path);
                look.draw(sheet, ids.member(r.from()), ids.member(r.to()), path, color,
                        RelationshipLook.Hostility.HATCHES);
                String word = RelationshipLook.word(r);
                if (word != null) {
                    List<Point> along = path;
                    words.add(() -> sheet.placeText(word, 8, options.mono() ? null : color, Sheet.besideLine(along)));
                }
                legend.add(30 + r.type().ordinal(), look.legendKey(), look.legend(), (s, cell) -> {
                    Point p = new Point(cell.x0(), cell.centre().y());
                    Point q = new Point(cell.x1(), cell.centre().y());
                    look.draw(s, s.point(p), s.point(q), List.of(p, q), color, RelationshipLook.Hostility.HATCHES);
                });
            }
        }

        /**
         * Each band of a finding: a broad translucent stroke under the pair's line (or a thin
         * line of the finding's own where the pair has none), the finding named beside it once.
         */
        private void drawFindings() {
            for (Overlay.Detour d : overlay.detours()) {
                Point l = at.member(d.left());
                Point r = at.member(d.right());
                detourPoints.put(d.id(), new Point((l.x() + r.x()) / 2, Math.max(boxes.get(d.left()).y1(),
                        boxes.get(d.right()).y1()) + 12));
            }
            java.util.Set<String> bracketed = new java.util.HashSet<>();
            for (Overlay.Bracket bracket : overlay.brackets()) {
                if (drawBracket(bracket)) {
                    for (String m : bracket.members()) {
                        bracketed.add(m + "\u0000" + bracket.target());
                    }
                }
            }
            for (Overlay.Band band : overlay.bands()) {
                if (band.end() == Overlay.End.TEE && bracketed.contains(band.a() + "\u0000" + band.b())) {
                    continue; // the bracket already leads to this target
                }
                String ink = palette.findingInk(band.kind());
                List<Point> path = paths.get(Overlay.pair(band.a(), band.b()));
                boolean own = path == null;
                if (own) {
                    path = Router.route(end(band.a(), band.b()), end(band.b(), band.a()), avoidNodes(band.a(), band.b()));
                    if (band.end() == Overlay.End.ARROW && detourPoints.containsKey(band.a())) {
                        // Detouring: the arrow runs on through the child.
                        Box child = boxes.get(memberOfNode.get(band.b()));
                        Point from = path.get(0);
                        Point through = new Point(child.centre().x(), child.y1() + 12);
                        path = List.of(from, through);
                    }
                }
                sheet.line(band.a(), band.b(), List.of(path), Attrs.of().put("color", translucent(ink))
                        .put("penwidth", BAND));
                if (own) {
                    Attrs a = Attrs.of().put("color", ink).put("penwidth", 1.5);
                    if (band.end() == Overlay.End.TEE) {
                        a.put("style", "dashed").put("arrowhead", "tee");
                        sheet.arrow(band.a(), band.b(), path, false, a);
                        legend.add(71, "against", "against: a coalition's target", (s, cell) -> {
                            Point p = new Point(cell.x0(), cell.centre().y());
                            Point q = new Point(cell.x1(), cell.centre().y());
                            s.arrow(s.point(p), s.point(q), List.of(p, q), false, Attrs.of().putAll(a));
                        });
                    } else if (band.end() == Overlay.End.ARROW) {
                        sheet.arrow(band.a(), band.b(), path, false, a);
                    } else {
                        sheet.line(band.a(), band.b(), List.of(path), a);
                    }
                }
                if (band.label() != null) {
                    List<Point> along = path;
                    words.add(() -> sheet.placeText(band.label(), 9, options.mono() ? null : ink,
                            Sheet.besideLine(along, BAND / 2 + 2)));
                }
                FindingLook.Kind kind = band.kind();
                legend.add(72 + kind.ordinal(), "finding-" + kind, kind.legend, (s, cell) -> {
                    Point p = new Point(cell.x0(), cell.centre().y());
                    Point q = new Point(cell.x1(), cell.centre().y());
                    s.line(s.point(p), s.point(q), List.of(List.of(p, q)), Attrs.of().put("color", translucent(ink))
                            .put("penwidth", BAND));
                });
            }
            for (Overlay.Detour d : overlay.detours()) {
                Point p = detourPoints.get(d.id());
                sheet.symbol(d.id(), p, Box.around(p, 2, 2), Attrs.of().put("shape", "point").put("width", 0.08)
                        .put("color", palette.findingInk(d.kind())));
            }
        }

        /**
         * Minuchin's coalition bracket: a short line from each member toward the target, meeting
         * at one point, and from there a dashed line barred at the target. False (and nothing
         * drawn) when it would cross anyone; the members' band and a barred line stand for it then.
         */
        private boolean drawBracket(Overlay.Bracket bracket) {
            Point target = at.member(memberOfNode.get(bracket.target()));
            List<Point[]> arms = new ArrayList<>();
            double mx = 0;
            double my = 0;
            for (String node : bracket.members()) {
                Point from = edge(memberOfNode.get(node), target);
                double d = from.distance(target);
                Point stub = from.toward(target, Math.min(0.3, 12 / Math.max(d, 1)));
                arms.add(new Point[] {from, stub});
                mx += stub.x() / bracket.members().size();
                my += stub.y() / bracket.members().size();
            }
            Point middle = new Point(mx, my);
            Point joint = middle.toward(target, Math.min(0.4, 18 / Math.max(middle.distance(target), 1)));
            Point end = edge(memberOfNode.get(bracket.target()), joint);
            List<String> everyone = new ArrayList<>();
            bracket.members().forEach(n -> everyone.add(memberOfNode.get(n)));
            everyone.add(memberOfNode.get(bracket.target()));
            List<Box> avoid = avoid(everyone.toArray(String[]::new));
            for (Point[] arm : arms) {
                if (!Router.clear(arm[0], arm[1], avoid) || !Router.clear(arm[1], joint, avoid)) {
                    return false;
                }
            }
            if (!Router.clear(joint, end, avoid)) {
                return false;
            }
            String ink = palette.findingInk(bracket.kind());
            String point = sheet.point(joint);
            for (int i = 0; i < arms.size(); i++) {
                sheet.line(bracket.members().get(i), point, List.of(List.of(arms.get(i)[0], arms.get(i)[1], joint)),
                        Attrs.of().put("color", ink).put("penwidth", 1.5));
            }
            Attrs bar = Attrs.of().put("color", ink).put("penwidth", 1.5).put("style", "dashed").put("arrowhead", "tee");
            sheet.arrow(point, bracket.target(), List.of(joint, end), false, bar);
            List<Point> along = List.of(joint, end);
            words.add(() -> sheet.placeText("against", 9, options.mono() ? null : ink, Sheet.besideLine(along)));
            legend.add(70, "bracket", "coalition: its members joined, barred at its target", (s, cell) -> {
                Point a = new Point(cell.x0(), cell.y0() + 1);
                Point b = new Point(cell.x0(), cell.y1() - 1);
                Point j = new Point(cell.x0() + 12, cell.centre().y());
                Point t = new Point(cell.x1(), cell.centre().y());
                String p = s.point(j);
                s.line(s.point(a), p, List.of(List.of(a, j)), Attrs.of().put("color", ink).put("penwidth", 1.5));
                s.line(s.point(b), p, List.of(List.of(b, j)), Attrs.of().put("color", ink).put("penwidth", 1.5));
                s.arrow(p, s.point(t), List.of(j, t), false, Attrs.of().putAll(bar));
            });
            return true;
        }

        /** A finding's colour, made see-through so the relationship's own line shows under it. */
        private String translucent(String ink) {
            return palette.mono() ? "#00000038" : ink + "59";
        }

        /** Where a band's line meets a node: a member's box outline, or a detouring point. */
        private Point end(String node, String other) {
            Point o = detourPoints.containsKey(other) ? detourPoints.get(other) : at.member(memberOfNode.get(other));
            if (detourPoints.containsKey(node)) {
                return detourPoints.get(node);
            }
            return edge(memberOfNode.get(node), o);
        }

        private List<Box> avoidNodes(String a, String b) {
            return avoid(memberOfNode.getOrDefault(a, ""), memberOfNode.getOrDefault(b, ""));
        }

        /** Where a line to {@code other} may leave a member's box: facing the other, or from either side. */
        private List<Point> ports(String member, Point other) {
            Box b = boxes.get(member);
            Point c = b.centre();
            return List.of(edge(member, other), c.plus(-b.width() / 2 - 1, 0), c.plus(b.width() / 2 + 1, 0));
        }

        /** The point on a member's box facing {@code other}. */
        private Point edge(String member, Point other) {
            Box box = boxes.get(member);
            Point c = box.centre();
            double dx = other.x() - c.x();
            double dy = other.y() - c.y();
            if (dx == 0 && dy == 0) {
                return c;
            }
            double t = Math.min(dx == 0 ? Double.MAX_VALUE : (box.width() / 2 + 1) / Math.abs(dx),
                    dy == 0 ? Double.MAX_VALUE : (box.height() / 2 + 1) / Math.abs(dy));
            return c.plus(dx * t, dy * t);
        }

        private List<Box> avoid(String... ends) {
            return avoid(0, ends);
        }

        /** As above, everyone else's boxes {@code extra} wider (for a line to be moved aside by that much). */
        private List<Box> avoid(double extra, String... ends) {
            Set<Box> own = new java.util.HashSet<>();
            for (String e : ends) {
                if (boxes.containsKey(e)) {
                    own.add(boxes.get(e));
                }
            }
            // Its own members' boxes too, a little inside their outline: a line may leave from
            // anywhere on it but never cut across one of them.
            List<Box> all = new ArrayList<>();
            for (Box b : sheet.taken()) {
                all.add(own.contains(b) ? b.grow(-3) : b.grow(2 + extra));
            }
            return all;
        }
    }
}
