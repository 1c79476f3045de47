package org.famstruct.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.famstruct.detect.Finding;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.map.dot.Attrs;
import org.famstruct.map.dot.DotText;
import org.famstruct.map.dot.DotWriter;
import org.famstruct.map.dot.Html;
import org.famstruct.model.ChildKind;
import org.famstruct.model.Family;
import org.famstruct.model.Gender;
import org.famstruct.model.Member;
import org.famstruct.model.Relationship;
import org.famstruct.model.Union;
import org.famstruct.model.UnionStatus;

/**
 * The McGoldrick–Gerson–Petry genogram (NOTATION.md): squares, circles, diamonds and the
 * unknown symbol, an X for the deceased, a double outline for the identified patient; couples
 * joined through a union point (slashes for separation and divorce, dashed for unmarried
 * couples); children hanging from a sibship line under their parents' union in birth order;
 * emotional relationships as lines over the layout.
 *
 * <p>Each generation takes two ranks: the symbols with the union points between partners, and
 * under them the sibship lines (one point above each child, joined by flat edges, plus the point
 * the union drops to). Names sit under the symbols inside the node's label: {@code
 * fixedsize=shape} makes edges meet the symbol while dot still keeps the name clear of
 * neighbours; names are drawn on white and edges first ({@code outputorder=edgesfirst}), so a
 * line passing under a name does not strike through it. Emotional lines never change a rank
 * (every row is pinned and the line runs from the upper or left member), and between
 * generations they have {@code weight=0} and run through points of our own (see
 * {@code writeThrough}), so they do not move anyone: they are overlays. They are not
 * {@code constraint=false}: with it dot 2.43 routes them around the sibship lines in wide
 * detours.
 */
final class GenogramRenderer implements MapRenderer {
    static final String FONT = StructuralMapRenderer.FONT;
    /** The symbol size in inches and in points. */
    private static final double SYMBOL = 0.45;
    private static final int SYMBOL_PT = 32;
    private static final int LINE_PT = 13;

    @Override
    public String render(FamilyGraph graph, List<Finding> findings, MapOptions options) {
        return new Run(graph, options).write();
    }

    private static final class Run {
        private final Family family;
        private final MapOptions options;
        private final Palette palette;
        private final Naming naming;
        private final FamilyLayout layout;
        private final NodeIds ids;
        private final Legend legend = new Legend();
        private final EdgeList edges = new EdgeList();
        private final Map<String, int[]> place = new HashMap<>();
        private final List<List<String>> symbolRows = new ArrayList<>();
        private final List<List<String>> barRows = new ArrayList<>();
        private final Map<FamilyLayout.Hook, List<String>> bars = new HashMap<>();
        private final Map<String, String> memberOfNode = new HashMap<>();
        private final List<String> waypoints = new ArrayList<>();

        Run(FamilyGraph graph, MapOptions options) {
            this.family = graph.family();
            this.options = options;
            this.palette = new Palette(options.mono());
            this.naming = new Naming(family, options.anonymize());
            this.layout = new FamilyLayout(graph);
            this.ids = new NodeIds(family);
            for (String id : family.members().keySet()) {
                memberOfNode.put(ids.member(id), id);
            }
        }

        String write() {
            DotWriter w = new DotWriter().open("genogram");
            w.defaults("graph", Titles.graphAttrs(family, naming, FONT)
                    .put("newrank", true).put("remincross", false).put("forcelabels", true)
                    .put("outputorder", "edgesfirst")
                    .put("nodesep", 0.3).put("ranksep", 0.4).put("pad", 0.3));
            w.defaults("node", Attrs.of().put("fontname", FONT).put("fontsize", 10).put("color", Palette.INK));
            w.defaults("edge", Attrs.of().put("dir", "none").put("fontname", FONT).put("fontsize", 9)
                    .put("arrowsize", 0.7));

            placeRows();
            for (Member m : family.members().values()) {
                w.node(ids.member(m.id()), memberAttrs(m));
            }
            for (FamilyLayout.Hook hook : layout.hooks()) {
                w.node(hook.id(), hookAttrs(hook));
                for (String point : bars.getOrDefault(hook, List.of())) {
                    w.node(point, Attrs.of().put("shape", "point").put("width", 0.01).put("height", 0.01));
                }
            }
            collectRelationships();
            collectExtraLinks();
            collectFamilyLines();
            for (String point : waypoints) {
                w.node(point, Attrs.of().put("shape", "point").put("width", 0.01).put("height", 0.01)
                        .put("style", "invis"));
            }
            collectLayoutEdges();
            for (int r = 0; r < symbolRows.size(); r++) {
                w.sameRank(symbolRows.get(r));
                w.sameRank(barRows.get(r));
            }
            edges.write(w);
            if (options.legend()) {
                legend.write(w, symbolRows.get(symbolRows.size() - 1).get(0), FONT);
            }
            return w.close().text();
        }

        /** Rows of symbols and hooks, and under each the sibship points of its hooks. */
        private void placeRows() {
            for (FamilyLayout.Row row : layout.rows()) {
                List<String> symbols = new ArrayList<>();
                List<String> points = new ArrayList<>();
                for (FamilyLayout.Slot slot : row.slots()) {
                    symbols.add(slot.isMember() ? ids.member(slot.member()) : slot.hook().id());
                    if (!slot.isMember() && !slot.hook().kids.isEmpty()) {
                        List<String> hookBars = barPoints(slot.hook());
                        bars.put(slot.hook(), hookBars);
                        points.addAll(hookBars);
                    }
                }
                int r = symbolRows.size();
                for (int i = 0; i < symbols.size(); i++) {
                    place.put(symbols.get(i), new int[] {2 * r, i});
                }
                for (int i = 0; i < points.size(); i++) {
                    place.put(points.get(i), new int[] {2 * r + 1, i});
                }
                symbolRows.add(symbols);
                barRows.add(points);
            }
        }

        /** One point above each child; with an even number of children, a middle point for the drop. */
        private static List<String> barPoints(FamilyLayout.Hook hook) {
            List<String> points = new ArrayList<>();
            int n = hook.kids.size();
            for (int i = 1; i <= n; i++) {
                if (n % 2 == 0 && i == n / 2 + 1) {
                    points.add(hook.id() + "_0");
                }
                points.add(hook.id() + "_" + i);
            }
            return points;
        }

        private static String dropPoint(FamilyLayout.Hook hook) {
            int n = hook.kids.size();
            return n % 2 == 0 ? hook.id() + "_0" : hook.id() + "_" + (n / 2 + 1);
        }

        private Attrs memberAttrs(Member m) {
            Attrs a = Attrs.of().put("fixedsize", "shape");
            double width = SYMBOL;
            double height = SYMBOL;
            String legendKey;
            String legendText;
            Attrs sample = Attrs.of().put("label", "").put("fixedsize", true);
            if (m.pet()) {
                a.put("shape", "hexagon");
                sample.put("shape", "hexagon");
                width = 0.4;
                height = 0.3;
                legendKey = "pet";
                legendText = "pet";
            } else {
                switch (m.gender()) {
                    case MALE -> {
                        a.put("shape", "square");
                        legendKey = "male";
                        legendText = "male";
                    }
                    case FEMALE -> {
                        a.put("shape", "circle");
                        legendKey = "female";
                        legendText = "female";
                    }
                    case NONBINARY -> {
                        a.put("shape", "diamond");
                        width = height = SYMBOL + 0.1;
                        legendKey = "nonbinary";
                        legendText = "nonbinary";
                    }
                    default -> {
                        a.put("shape", "box").put("style", "rounded");
                        sample.put("style", "rounded").put("label", "?");
                        legendKey = "unknown";
                        legendText = "gender unknown";
                    }
                }
            }
            sample.putAll(Attrs.of().put("shape", shapeOf(m)).put("width", width * 0.7).put("height", height * 0.7));
            legend.node(1 + (m.pet() ? 4 : m.gender().ordinal()), legendKey, sample, legendText);
            a.put("width", width).put("height", height);
            if (m.identifiedPatient()) {
                a.put("peripheries", 2);
                legend.node(6, "ip", Attrs.of().put("shape", "square").put("label", "").put("fixedsize", true)
                        .put("width", SYMBOL * 0.7).put("height", SYMBOL * 0.7).put("peripheries", 2),
                        "identified patient");
            }
            if (m.deceased()) {
                legend.node(7, "deceased", Attrs.of().put("shape", "square").put("fixedsize", true)
                        .put("width", SYMBOL * 0.7).put("height", SYMBOL * 0.7)
                        .put("label", new Html().font(15, null, Html.of("✕"))), "deceased");
            }
            a.put("label", label(m));
            return a;
        }

        private static String shapeOf(Member m) {
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

        /**
         * The label: inside the symbol the age (or ✕, or ? for an unknown gender), under it the
         * name and the years. A table with a spacer above as tall as the text below keeps the
         * symbol's cell at the node's centre.
         */
        private Html label(Member m) {
            Html inside;
            if (m.deceased()) {
                inside = new Html().font(20, null, Html.of("✕"));
            } else if (m.gender() == Gender.UNKNOWN && !m.pet()) {
                inside = new Html().font(14, null, Html.of("?"));
            } else {
                inside = m.age() != null ? Html.of(Integer.toString(m.age())) : new Html();
            }
            String name = naming.label(m.id());
            int nameLines = (int) DotText.clean(name).chars().filter(c -> c == '\n').count() + 1;
            String years = Years.span(m);
            int below = 3 + nameLines * LINE_PT + (years != null ? LINE_PT : 0);
            List<Html.Cell> cells = new ArrayList<>();
            cells.add(Html.Cell.spacer(below));
            cells.add(Html.Cell.of(inside, SYMBOL_PT));
            cells.add(Html.Cell.spacer(3));
            cells.add(Html.Cell.of(Html.of(name), nameLines * LINE_PT).opaque("white"));
            if (years != null) {
                cells.add(Html.Cell.of(new Html().font(9, null, Html.of(years)), LINE_PT).opaque("white"));
            }
            return Html.column(cells.toArray(Html.Cell[]::new));
        }

        private Attrs hookAttrs(FamilyLayout.Hook hook) {
            String mark = hook.union == null ? null : switch (hook.union.status()) {
                case SEPARATED -> "/";
                case DIVORCED -> "//";
                default -> null;
            };
            String years = hook.union == null ? null : unionYears(hook.union);
            if (mark == null && years == null) {
                return Attrs.of().put("shape", "point").put("width", 0.01).put("height", 0.01);
            }
            // A tiny node whose label is drawn over it: the slashes cross the partner line, the
            // years sit above it, and fixedsize=shape lets the line run through unbroken.
            int above = years == null ? 0 : LINE_PT;
            Html label = Html.column(
                    years == null ? Html.Cell.spacer(0) : Html.Cell.of(new Html().font(8, null, Html.of(years)), LINE_PT),
                    Html.Cell.of(mark == null ? new Html() : new Html().font(15, null, Html.of(mark)), 16),
                    Html.Cell.spacer(above));
            return Attrs.of().put("shape", "plaintext").put("fixedsize", "shape").put("width", 0.01)
                    .put("height", 0.01).put("margin", 0).put("label", label);
        }

        /** "m. 1994", "div. 2005", "engaged"... for the union's line, or null. */
        private static String unionYears(Union u) {
            List<String> parts = new ArrayList<>();
            boolean married = u.status() == UnionStatus.MARRIED || u.status() == UnionStatus.SEPARATED
                    || u.status() == UnionStatus.DIVORCED || u.status() == UnionStatus.WIDOWED;
            if (u.status() == UnionStatus.ENGAGED || u.status() == UnionStatus.DATING) {
                parts.add(u.status().id());
            }
            if (u.since() != null) {
                parts.add((married ? "m. " : "since ") + u.since().year());
            }
            if (u.until() != null) {
                parts.add(switch (u.status()) {
                    case SEPARATED -> "sep. ";
                    case DIVORCED -> "div. ";
                    case WIDOWED -> "wid. ";
                    default -> "until ";
                } + u.until().year());
            }
            return parts.isEmpty() ? null : String.join(" ", parts);
        }

        /** Partner lines through union points, sibship lines, and the drops to the children. */
        private void collectFamilyLines() {
            for (FamilyLayout.Hook hook : layout.hooks()) {
                Attrs partner = partnerLine(hook);
                String left = ids.member(hook.left);
                if (hook.kind == FamilyLayout.HookKind.SINGLE) {
                    boolean stubLeft = before(hook.id(), left);
                    edges.add(stubLeft ? hook.id() : left, stubLeft ? left : hook.id(), Attrs.of().put("weight", 10),
                            true);
                } else {
                    String right = ids.member(hook.right);
                    orientedFlat(left, hook.id(), partner);
                    orientedFlat(hook.id(), right, Attrs.of().putAll(partner));
                }
                List<String> points = bars.get(hook);
                if (points == null) {
                    continue;
                }
                for (int i = 0; i + 1 < points.size(); i++) {
                    edges.add(points.get(i), points.get(i + 1), Attrs.of(), true);
                }
                edges.add(hook.id(), dropPoint(hook), Attrs.of().put("weight", 50), true);
                int k = 0;
                for (FamilyLayout.Kid kid : hook.kids) {
                    k++;
                    String point = hook.id() + "_" + k;
                    edges.add(point, ids.member(kid.member()), childLine(kid.kind()).put("weight", 50), true);
                }
            }
        }

        /**
         * A child listed in a second union (as step- or foster child) gets a line of that kind
         * from the second union too, through points of our own like a relationship line.
         */
        private void collectExtraLinks() {
            for (FamilyLayout.ExtraLink link : layout.extraLinks()) {
                String kid = ids.member(link.kid().member());
                String hook = link.hook().id();
                boolean down = place.get(hook)[0] < place.get(kid)[0];
                List<String> chain = new ArrayList<>();
                chain.add(down ? hook : kid);
                if (down) {
                    chain.addAll(route(hook, kid));
                }
                chain.add(down ? kid : hook);
                for (int i = 0; i + 1 < chain.size(); i++) {
                    Attrs a = i + 2 == chain.size() ? childLine(link.kid().kind())
                            : Attrs.of().put("style", link.kid().kind() == ChildKind.FOSTER ? "dotted"
                                    : link.kid().kind() == ChildKind.ADOPTED ? "dashed" : "solid");
                    edges.add(chain.get(i), chain.get(i + 1), a.put("weight", 0), false);
                }
            }
        }

        private void orientedFlat(String a, String b, Attrs attrs) {
            boolean forward = before(a, b);
            edges.add(forward ? a : b, forward ? b : a, attrs.put("weight", 10), true);
        }

        private Attrs partnerLine(FamilyLayout.Hook hook) {
            if (hook.kind == FamilyLayout.HookKind.IMPLICIT) {
                legend.edge(12, "implicit", Attrs.of().put("style", "dotted"), "parents, no union recorded");
                return Attrs.of().put("style", "dotted");
            }
            if (hook.kind == FamilyLayout.HookKind.SINGLE) {
                return Attrs.of();
            }
            UnionStatus status = hook.union.status();
            return switch (status) {
                case COHABITING, DATING, ENGAGED -> {
                    legend.edge(11, "unmarried", Attrs.of().put("style", "dashed"),
                            "cohabiting, engaged or dating");
                    yield Attrs.of().put("style", "dashed");
                }
                case SEPARATED -> {
                    legend.edge(13, "separated", Attrs.of().put("xlabel", "/"), "separated");
                    yield Attrs.of();
                }
                case DIVORCED -> {
                    legend.edge(14, "divorced", Attrs.of().put("xlabel", "//"), "divorced");
                    yield Attrs.of();
                }
                default -> {
                    legend.edge(10, "married", Attrs.of(), "married");
                    yield Attrs.of();
                }
            };
        }

        private Attrs childLine(ChildKind kind) {
            return switch (kind) {
                case ADOPTED -> {
                    legend.edge(16, "adopted", Attrs.of().put("style", "dashed"), "adopted child");
                    yield Attrs.of().put("style", "dashed");
                }
                case FOSTER -> {
                    legend.edge(17, "foster", Attrs.of().put("style", "dotted"), "foster child");
                    yield Attrs.of().put("style", "dotted");
                }
                case STEP -> {
                    legend.edge(18, "step", Attrs.of().put("xlabel", "step"), "step-child");
                    yield Attrs.of().put("xlabel", "step");
                }
                default -> {
                    legend.edge(15, "child", Attrs.of(), "children, oldest on the left");
                    yield Attrs.of();
                }
            };
        }

        private void collectRelationships() {
            Map<String, List<Relationship>> arcs = new java.util.LinkedHashMap<>();
            for (Relationship r : family.relationships()) {
                RelationshipLook look = RelationshipLook.of(r.type());
                String from = ids.member(r.from());
                String to = ids.member(r.to());
                boolean forward = before(from, to);
                String color = palette.valence(r.type().valence());
                // A line between generations has weight 0 and pulls no one. A line inside a row
                // has weight 1: it runs left to right as the row is ordered, so it only confirms
                // the order, and dot 2.43 fails on several weight-0 lines between the same two
                // members of a row ("triangulation failed", found by the property test).
                boolean flat = place.get(from)[0] == place.get(to)[0];
                boolean neighbours = flat && Math.abs(place.get(from)[1] - place.get(to)[1]) == 1;
                Attrs sample = look.attrs(color).putAll(look.arrows(false));
                if (look.mark() != null && !look.arrow()) {
                    sample.put("xlabel", RelationshipLook.markLabel(look.mark())).put("fontcolor", color);
                }
                legend.edge(30 + r.type().ordinal(), look.legendKey(), sample, look.legend());
                if (flat && !neighbours) {
                    arcs.computeIfAbsent((forward ? from : to) + "\u0000" + (forward ? to : from),
                            k -> new ArrayList<>()).add(r);
                    continue;
                }
                if (!flat) {
                    writeThrough(forward ? from : to, forward ? to : from, r, look, color);
                    continue;
                }
                Attrs a = look.attrs(color).putAll(look.arrows(!forward)).put("weight", flat ? 1 : 0);
                String mark = look.markFor(r);
                // Marks as external labels only: an edge label would become a node in the rank
                // above, the sibship line's rank, and push the sibship points off their children.
                if (mark != null) {
                    a.put("xlabel", RelationshipLook.markLabel(mark)).put("fontcolor", color);
                }
                edges.add(forward ? from : to, forward ? to : from, a, neighbours);
            }
            arcs.forEach((key, group) -> writeArc(key.substring(0, key.indexOf('\u0000')),
                    key.substring(key.indexOf('\u0000') + 1), group));
        }

        /**
         * A line between generations, drawn through points of our own in the sibship ranks it
         * crosses rather than through dot's virtual nodes: dot 2.43 lets a virtual node in a
         * sibship rank reorder that rank's points (the sibship line then breaks into arcs), while
         * our points are ordered like every other node (the same holds for the rows of symbols a
         * longer line crosses). A point that falls inside a sibship line becomes one of its
         * points, so the line stays straight and is simply crossed there. Just above the lower
         * member the point goes next to the point that member hangs from, on the upper member's
         * side; elsewhere where the line's course suggests, never between partners.
         */
        private void writeThrough(String upper, String lower, Relationship r, RelationshipLook look, String color) {
            List<String> via = route(upper, lower);
            List<String> chain = new ArrayList<>();
            chain.add(upper);
            chain.addAll(via);
            chain.add(lower);
            boolean towardLower = r.directed() && ids.member(r.to()).equals(lower);
            boolean towardUpper = r.directed() && ids.member(r.to()).equals(upper);
            for (int i = 0; i + 1 < chain.size(); i++) {
                Attrs a = look.attrs(color).put("weight", 0);
                boolean first = i == 0;
                boolean last = i + 2 == chain.size();
                if (look.bars()) {
                    if (first && last) {
                        a.putAll(look.arrows(false));
                    } else if (first) {
                        a.put("dir", "back").put("arrowtail", "tee");
                    } else if (last) {
                        a.put("dir", "forward").put("arrowhead", "tee");
                    }
                } else if (last && towardLower && first && towardUpper) {
                    a.put("dir", "both");
                } else if (last && towardLower) {
                    a.put("dir", "forward");
                } else if (first && towardUpper) {
                    a.put("dir", "back");
                }
                String mark = look.markFor(r);
                if (first && mark != null) {
                    a.put("xlabel", RelationshipLook.markLabel(mark)).put("fontcolor", color);
                }
                edges.add(chain.get(i), chain.get(i + 1), a, false);
            }
        }

        /** Inserts the points a line from {@code upper} to {@code lower} runs through, and returns them. */
        private List<String> route(String upper, String lower) {
            int top = place.get(upper)[0] / 2;
            int bottom = place.get(lower)[0] / 2;
            double from = fraction(upper);
            double to = fraction(lower);
            List<String> via = new ArrayList<>();
            for (int r = top; r < bottom; r++) {
                List<String> bar = barRows.get(r);
                double along = from + (to - from) * (2 * (r - top) + 1) / (2.0 * (bottom - top));
                int at = r == bottom - 1 ? besideOwnPoint(r, upper, lower, from + to < 1)
                        : (int) Math.round(along * bar.size());
                via.add(insert(bar, at, 2 * r + 1));
                if (r + 1 < bottom) {
                    List<String> symbols = symbolRows.get(r + 1);
                    double across = from + (to - from) * (r + 1 - top) / (double) (bottom - top);
                    via.add(insert(symbols, gapNear(symbols, across), 2 * (r + 1)));
                }
            }
            return via;
        }

        /** The place in a row of symbols nearest a fraction of its width that is not between partners. */
        private int gapNear(List<String> row, double fraction) {
            int best = 0;
            double bestDistance = Double.MAX_VALUE;
            for (int i = 0; i <= row.size(); i++) {
                boolean free = i == 0 || i == row.size() || !couple(row.get(i - 1), row.get(i));
                double distance = Math.abs((double) i / Math.max(1, row.size()) - fraction);
                if (free && distance < bestDistance) {
                    best = i;
                    bestDistance = distance;
                }
            }
            return best;
        }

        /** True when one is a union point and the other a partner in it, or a parent and their own stub. */
        private boolean couple(String a, String b) {
            for (FamilyLayout.Hook hook : layout.hooks()) {
                String left = ids.member(hook.left);
                String right = hook.right == null ? null : ids.member(hook.right);
                boolean aHook = hook.id().equals(a);
                boolean bHook = hook.id().equals(b);
                if ((aHook && (b.equals(left) || b.equals(right))) || (bHook && (a.equals(left) || a.equals(right)))) {
                    return true;
                }
            }
            return false;
        }

        /** Where in sibship rank r a line to {@code lower} crosses: next to the point it hangs from. */
        private int besideOwnPoint(int r, String upper, String lower, boolean left) {
            List<String> bar = barRows.get(r);
            String member = memberOfNode.get(lower);
            FamilyLayout.Hook hook = member == null ? null : layout.hookOf(member);
            List<String> points = hook == null ? null : bars.get(hook);
            if (points != null && bar.containsAll(points)) {
                String own = hook.id() + "_" + (kidIndex(hook, member) + 1);
                boolean fromLeft = place.get(upper)[0] == 2 * r ? place.get(upper)[1] <= place.get(hook.id())[1] : left;
                return fromLeft ? bar.indexOf(own) : bar.indexOf(own) + 1;
            }
            // No sibship line of its own here: after the line of the nearest member to its left that has one.
            List<String> row = symbolRows.get(r + 1);
            for (int i = row.indexOf(lower) - 1; i >= 0; i--) {
                String neighbour = memberOfNode.get(row.get(i));
                FamilyLayout.Hook h = neighbour == null ? null : layout.hookOf(neighbour);
                List<String> hp = h == null ? null : bars.get(h);
                if (hp != null && bar.containsAll(hp)) {
                    return bar.indexOf(hp.get(hp.size() - 1)) + 1;
                }
            }
            return 0;
        }

        private static int kidIndex(FamilyLayout.Hook hook, String member) {
            for (int i = 0; i < hook.kids.size(); i++) {
                if (hook.kids.get(i).member().equals(member)) {
                    return i;
                }
            }
            return -1;
        }

        private String insert(List<String> row, int at, int level) {
            String id = "w" + (waypoints.size() + 1);
            waypoints.add(id);
            if (at > 0 && at < row.size()) {
                // Inside a sibship line: the point joins it.
                for (List<String> points : bars.values()) {
                    int left = points.indexOf(row.get(at - 1));
                    if (left >= 0 && left + 1 < points.size() && points.get(left + 1).equals(row.get(at))) {
                        points.add(left + 1, id);
                        break;
                    }
                }
            }
            row.add(at, id);
            for (int i = 0; i < row.size(); i++) {
                place.put(row.get(i), new int[] {level, i});
            }
            return id;
        }

        /** A node's place across its row, 0 at the left end to 1 at the right. */
        private double fraction(String node) {
            int[] at = place.get(node);
            List<String> row = at[0] % 2 == 0 ? symbolRows.get(at[0] / 2) : barRows.get(at[0] / 2);
            return row.size() <= 1 ? 0.5 : (double) at[1] / (row.size() - 1);
        }

        /**
         * The arc over a row between two members with others between them. Dot 2.43 cannot
         * route two such arcs between the same members ("triangulation failed", found by the
         * property test), so several relationships of one pair are one arc: the first one's line,
         * an arrowhead wherever one of them points, and every one named on it.
         */
        private void writeArc(String tail, String head, List<Relationship> group) {
            Relationship first = group.get(0);
            RelationshipLook look = RelationshipLook.of(first.type());
            String color = palette.valence(first.type().valence());
            Attrs a = look.attrs(color).put("weight", 1);
            if (group.size() == 1) {
                a.putAll(look.arrows(!ids.member(first.from()).equals(tail)));
                String mark = look.markFor(first);
                if (mark != null) {
                    a.put("xlabel", RelationshipLook.markLabel(mark)).put("fontcolor", color);
                }
            } else {
                boolean toHead = false;
                boolean toTail = false;
                List<String> words = new ArrayList<>();
                for (Relationship r : group) {
                    words.add(RelationshipLook.words(r));
                    if (r.directed()) {
                        toHead |= ids.member(r.to()).equals(head);
                        toTail |= ids.member(r.to()).equals(tail);
                    }
                }
                a.putAll(RelationshipLook.mergedArrows(toHead, toTail)).put("xlabel", String.join(", ", words))
                        .put("fontcolor", color);
            }
            edges.add(tail, head, a, false);
        }

        /** Invisible edges that hold the order in each row and the rows in order. */
        private void collectLayoutEdges() {
            List<List<String>> all = new ArrayList<>();
            for (int r = 0; r < symbolRows.size(); r++) {
                all.add(symbolRows.get(r));
                all.add(barRows.get(r));
            }
            for (List<String> row : all) {
                for (int i = 0; i + 1 < row.size(); i++) {
                    if (!edges.hasVisible(row.get(i), row.get(i + 1))) {
                        edges.add(row.get(i), row.get(i + 1), Attrs.of().put("style", "invis"), false);
                    }
                }
            }
            String previous = null;
            for (List<String> row : all) {
                if (row.isEmpty()) {
                    continue;
                }
                if (previous != null && !edges.hasVisible(previous, row.get(0))) {
                    edges.add(previous, row.get(0), Attrs.of().put("style", "invis").put("weight", 0), false);
                }
                previous = row.get(0);
            }
        }

        private boolean before(String a, String b) {
            int[] pa = place.get(a);
            int[] pb = place.get(b);
            return pa[0] != pb[0] ? pa[0] < pb[0] : pa[1] < pb[1];
        }
    }
}
