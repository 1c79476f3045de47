package org.famstruct.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.famstruct.detect.Finding;
import org.famstruct.graph.FamilyGraph;
import org.famstruct.map.dot.Attrs;
import org.famstruct.map.dot.DotWriter;
import org.famstruct.map.dot.Html;
import org.famstruct.model.Boundary;
import org.famstruct.model.BoundaryType;
import org.famstruct.model.Family;
import org.famstruct.model.Member;
import org.famstruct.model.Relationship;

/**
 * Minuchin's structural map (NOTATION.md): generations as rows, rated boundaries as outlines
 * of their kind, relationships as lines of their kind, coded coalitions and highlighted
 * findings as labelled bands over the members.
 *
 * <p>Layout: every row is pinned with {@code rank=same} and ordered by {@link FamilyLayout}
 * through flat edges; every other edge runs from the upper (or left) member to the lower (or
 * right) one, with {@code dir} giving the relationship's own direction, so no edge can move a
 * member to another row. {@code remincross=false} because dot 2.43's second crossing pass
 * ignores flat-edge order inside clusters. All text on lines is {@code xlabel}: edge labels make
 * dot 2.43 fail on some arcs (docs/notation.md lists what the tests found).
 */
final class StructuralMapRenderer implements MapRenderer {
    static final String FONT = "Helvetica";
    private static final double FINDING_PENWIDTH = 2.5;
    private static final int PARENT_WEIGHT = 3;

    @Override
    public String render(FamilyGraph graph, List<Finding> findings, MapOptions options) {
        return new Run(graph, findings, options).write();
    }

    private static final class Run {
        private final FamilyGraph graph;
        private final Family family;
        private final MapOptions options;
        private final Palette palette;
        private final Naming naming;
        private final FamilyLayout layout;
        private final NodeIds ids;
        private final Legend legend = new Legend();
        private final Boundaries boundaries;
        private final Overlay overlay;
        private final EdgeList edges = new EdgeList();
        /** Level (2 x row, + 1 under a row) and position of every member and detouring point. */
        private final Map<String, int[]> place = new HashMap<>();
        private final List<List<String>> rows = new ArrayList<>();

        Run(FamilyGraph graph, List<Finding> findings, MapOptions options) {
            this.graph = graph;
            this.family = graph.family();
            this.options = options;
            this.palette = new Palette(options.mono());
            this.naming = new Naming(family, options.anonymize());
            this.layout = new FamilyLayout(graph);
            this.ids = new NodeIds(family);
            this.boundaries = new Boundaries(family, layout);
            List<Finding> drawn = findings.stream().filter(f -> options.highlight().contains(f.pattern())).toList();
            this.overlay = new Overlay(family, drawn, layout, ids, boundaries.outlinedSets());
            placeRows();
        }

        /**
         * Members go in their generation's row (level 2r); a detouring point goes in the rank
         * under its parents' row (level 2r + 1), so the parents stay side by side.
         */
        private void placeRows() {
            for (FamilyLayout.Row row : layout.rows()) {
                List<String> nodes = new ArrayList<>();
                for (String member : layout.members(row)) {
                    nodes.add(ids.member(member));
                }
                for (int i = 0; i < nodes.size(); i++) {
                    place.put(nodes.get(i), new int[] {2 * rows.size(), i});
                }
                rows.add(nodes);
            }
            for (Overlay.Detour d : overlay.detours()) {
                place.put(d.id(), below(d.left()));
            }
        }

        private int[] below(String member) {
            int[] at = place.get(ids.member(member));
            return new int[] {at[0] + 1, at[1]};
        }

        String write() {
            DotWriter w = new DotWriter().open("structural_map");
            w.defaults("graph", Titles.graphAttrs(family, naming, FONT)
                    .put("newrank", true).put("remincross", false).put("forcelabels", true)
                    .put("nodesep", 0.6).put("ranksep", 0.4).put("pad", 0.3));
            w.defaults("node", Attrs.of().put("shape", "box").put("style", "rounded").put("fontname", FONT)
                    .put("fontsize", 12).put("margin", "0.14,0.06").put("color", Palette.INK));
            w.defaults("edge", Attrs.of().put("dir", "none").put("fontname", FONT).put("fontsize", 9)
                    .put("arrowsize", 0.8));
            legend.node(10, "member", Attrs.of().put("shape", "box").put("style", "rounded").put("label", "")
                    .put("width", 0.4).put("height", 0.25), "member");

            collectRelationships();
            collectOverlay();
            writeLines();
            collectLayoutEdges();

            boundaries.write(w, this::writeNodesOf, naming, legend);
            for (List<String> row : rows) {
                w.sameRank(row);
            }
            List<String> bottom = rows.get(rows.size() - 1);
            String anchor = bottom.get(0);
            anchor = boundaries.writeNotes(w, anchor, naming, FONT);
            edges.write(w);
            if (options.legend()) {
                legend.write(w, anchor, FONT);
            }
            return w.close().text();
        }

        /** The nodes whose innermost outline is {@code cluster} (null: outside every outline). */
        private void writeNodesOf(DotWriter w, Integer cluster) {
            for (Member m : family.members().values()) {
                if (java.util.Objects.equals(boundaries.innermost(Set.of(m.id())), cluster)) {
                    w.node(ids.member(m.id()), memberAttrs(m));
                }
            }
            for (Overlay.Detour d : overlay.detours()) {
                if (java.util.Objects.equals(boundaries.innermost(Set.of(d.left(), d.right())), cluster)) {
                    w.node(d.id(), Attrs.of().put("shape", "point").put("width", 0.09)
                            .put("color", palette.findingInk(d.kind())));
                }
            }
        }

        private Attrs memberAttrs(Member m) {
            Html label = Html.of(naming.label(m.id()));
            String detail = detail(m);
            if (detail != null) {
                label.br().font(9, null, Html.of(detail));
            }
            Attrs a = Attrs.of().put("label", label);
            if (m.identifiedPatient()) {
                a.put("peripheries", 2);
                legend.node(11, "ip", Attrs.of().put("shape", "box").put("style", "rounded").put("label", "")
                        .put("width", 0.4).put("height", 0.25).put("peripheries", 2),
                        "identified patient");
            }
            if (m.pet()) {
                a.put("shape", "ellipse").put("style", "solid");
                legend.node(13, "pet", Attrs.of().put("shape", "ellipse").put("label", "").put("width", 0.4)
                        .put("height", 0.25), "pet");
            }
            if (m.deceased()) {
                legend.node(12, "deceased", Attrs.of().put("shape", "plaintext").put("label", "†")
                        .put("fontname", FONT).put("width", 0.4).put("height", 0.25), "deceased");
            }
            return a;
        }

        /** The small line under a name: age, or † and the years for the deceased. */
        private static String detail(Member m) {
            if (m.deceased()) {
                return "†" + (m.died() != null ? " " + Years.span(m) : "");
            }
            if (m.age() != null) {
                return "age " + m.age();
            }
            return null;
        }

        /** A visible line, built up before it is written: a relationship, or a line of a finding's own. */
        private static final class Line {
            final String tail;
            final String head;
            final Attrs attrs;
            final int parallel;
            String mark;
            String ink;
            final List<String> findings = new ArrayList<>();
            /** The relationship in words and where it points, for an arc that stands for several. */
            String words;
            boolean toHead;
            boolean toTail;

            boolean merged;
            private final List<Line> others = new ArrayList<>();

            void mergeWith(Line other) {
                if (others.isEmpty()) {
                    mark = null;
                }
                others.add(other);
                toHead |= other.toHead;
                toTail |= other.toTail;
                for (String f : other.findings) {
                    if (!findings.contains(f)) {
                        findings.add(f);
                    }
                }
                List<String> all = new ArrayList<>();
                all.add(words);
                others.forEach(o -> all.add(o.words));
                mark = String.join(", ", all.stream().filter(java.util.Objects::nonNull).toList());
                attrs.putAll(RelationshipLook.mergedArrows(toHead, toTail));
            }

            Line(String tail, String head, Attrs attrs, int parallel, String mark, String ink) {
                this.tail = tail;
                this.head = head;
                this.attrs = attrs;
                this.parallel = parallel;
                this.mark = mark;
                this.ink = ink;
            }
        }

        private final List<Line> lines = new ArrayList<>();
        private final Map<String, List<Line>> linesByPair = new HashMap<>();

        private void collectRelationships() {
            for (Relationship r : family.relationships()) {
                RelationshipLook look = RelationshipLook.of(r.type());
                String from = ids.member(r.from());
                String to = ids.member(r.to());
                boolean forward = before(from, to);
                String color = palette.valence(r.type().valence());
                Attrs a = look.attrs(color).putAll(look.arrows(!forward));
                Line line = new Line(forward ? from : to, forward ? to : from, a, look.lines(), look.markFor(r), color);
                line.words = RelationshipLook.words(r);
                line.toHead = r.directed() && forward;
                line.toTail = r.directed() && !forward;
                addLine(line);
                Attrs sample = look.attrs(color).putAll(look.arrows(false));
                if (look.mark() != null && !look.arrow()) {
                    sample.put("xlabel", RelationshipLook.markLabel(look.mark())).put("fontcolor", color);
                }
                legend.edge(30 + r.type().ordinal(), look.legendKey(), sample, look.legend());
                if (!r.overt()) {
                    legend.node(60, "covert", Attrs.of().put("shape", "plaintext").put("label", "covert")
                            .put("fontsize", 9).put("width", 0.4).put("height", 0.25), "submerged or denied");
                }
            }
        }

        private void addLine(Line line) {
            lines.add(line);
            linesByPair.computeIfAbsent(Overlay.pair(line.tail, line.head), k -> new ArrayList<>()).add(line);
        }

        /**
         * Findings are drawn on the lines that show them: a dyad's relationship lines take the
         * finding's colour and weight and its name; a dyad with no line (a coalition's target, the
         * detouring point) gets a line of the finding's own. One line per dyad keeps dot from
         * pushing parallel lines apart.
         */
        private void collectOverlay() {
            for (Overlay.Band band : overlay.bands()) {
                String ink = palette.findingInk(band.kind());
                List<Line> existing = linesByPair.get(Overlay.pair(band.a(), band.b()));
                if (existing != null) {
                    for (Line line : existing) {
                        if (line.findings.isEmpty()) {
                            line.ink = ink;
                            line.attrs.put("color", Palette.lines(ink, line.parallel));
                        }
                        line.attrs.put("penwidth", Math.max(FINDING_PENWIDTH, penwidth(line)));
                    }
                    Line labelled = existing.get(0);
                    if (band.label() != null && !labelled.findings.contains(band.label())) {
                        labelled.findings.add(band.label());
                    }
                } else {
                    boolean forward = before(band.a(), band.b());
                    Attrs attrs = Attrs.of().put("color", ink).put("penwidth", FINDING_PENWIDTH);
                    if (isDetourPoint(band.a()) || isDetourPoint(band.b())) {
                        // The parents pull their joined point between them, and it leads to the child.
                        attrs.put("weight", 5);
                    }
                    if (band.end() != Overlay.End.NONE) {
                        String endName = band.end() == Overlay.End.TEE ? "tee" : "normal";
                        attrs.put("dir", forward ? "forward" : "back").put(forward ? "arrowhead" : "arrowtail",
                                endName);
                    }
                    if (band.end() == Overlay.End.TEE) {
                        attrs.put("style", "dashed");
                    }
                    Line line = new Line(forward ? band.a() : band.b(), forward ? band.b() : band.a(), attrs, 1, null,
                            ink);
                    if (band.label() != null) {
                        line.findings.add(band.label());
                    }
                    addLine(line);
                }
                if (band.end() == Overlay.End.TEE && existing == null) {
                    legend.edge(69, "against", Attrs.of().put("color", ink).put("penwidth", FINDING_PENWIDTH)
                            .put("style", "dashed").put("dir", "forward").put("arrowhead", "tee"),
                            "against: a coalition's target");
                }
            }
            if (palette.mono()) {
                if (!overlay.kinds().isEmpty()) {
                    legend.edge(70, "findings", Attrs.of().put("penwidth", FINDING_PENWIDTH),
                            "pattern found: heavier line, named on it");
                }
            } else {
                for (FindingLook.Kind kind : overlay.kinds()) {
                    legend.edge(70 + kind.ordinal(), "finding-" + kind, Attrs.of()
                            .put("color", palette.findingInk(kind)).put("penwidth", FINDING_PENWIDTH), kind.legend);
                }
            }
        }

        private static double penwidth(Line line) {
            return line.mark != null && line.mark.startsWith(RelationshipLook.CONFLICT_MARK) ? 2.5 : 1;
        }

        /** Writes the lines with their labels: the relationship's mark, then the findings' names. */
        private void writeLines() {
            Map<String, Line> arcs = new HashMap<>();
            for (Line line : lines) {
                if (!spansOthers(line.tail, line.head)) {
                    continue;
                }
                // Dot 2.43 cannot route two arcs over a row between the same two members
                // ("triangulation failed", found by the property test): the first arc stands
                // for all of them, names every one, and points wherever one of them points.
                Line arc = arcs.putIfAbsent(line.tail + "\u0000" + line.head, line);
                if (arc != null) {
                    arc.mergeWith(line);
                    line.merged = true;
                }
            }
            for (Line line : lines) {
                if (line.merged) {
                    continue;
                }
                Attrs attrs = line.attrs;
                if (!line.findings.isEmpty()) {
                    // A line that shows findings carries all its text (its mark, then the
                    // findings' names) as one external label: placed after layout, so a long name
                    // does not become a node that drags the line out of its way, and no two
                    // labels of one line compete for a place.
                    Html text = new Html();
                    if (line.mark != null) {
                        text.append(RelationshipLook.markLabel(line.mark)).br();
                    }
                    text.font(10, line.ink, new Html().text(String.join("\n", line.findings)));
                    attrs.put("xlabel", text).put("fontcolor", line.ink);
                } else if (line.mark != null) {
                    // Marks are external labels too. An edge label makes dot add a rank for labels
                    // between all ranks, and with that dot 2.43 fails to route some arcs over a row
                    // ("unable to reclaim box space", "lost edge", found by the property test).
                    attrs.put("xlabel", RelationshipLook.markLabel(line.mark)).put("fontcolor", line.ink);
                }
                edges.add(line.tail, line.head, attrs, true);
            }
        }

        private boolean isDetourPoint(String node) {
            return overlay.detours().stream().anyMatch(d -> d.id().equals(node));
        }

        private boolean sameRow(String a, String b) {
            return place.get(a)[0] == place.get(b)[0];
        }

        /** True for two nodes of one row with something between them: dot draws that edge as an arc. */
        private boolean spansOthers(String a, String b) {
            int[] pa = place.get(a);
            int[] pb = place.get(b);
            return pa[0] == pb[0] && Math.abs(pa[1] - pb[1]) > 1;
        }

        /** Invisible edges that hold the layout: order in rows, rows in order, children under parents. */
        private void collectLayoutEdges() {
            for (List<String> row : rows) {
                for (int i = 0; i + 1 < row.size(); i++) {
                    if (!edges.hasVisible(row.get(i), row.get(i + 1))) {
                        edges.add(row.get(i), row.get(i + 1), Attrs.of().put("style", "invis"), false);
                    }
                }
            }
            // Generations two ranks apart: room for the labels between them, while the legend's
            // rows (one rank apart) stay compact.
            for (int r = 0; r + 1 < rows.size(); r++) {
                String a = rows.get(r).get(0);
                String b = rows.get(r + 1).get(0);
                edges.add(a, b, Attrs.of().put("style", "invis").put("weight", 0).put("minlen", 2), false);
            }
            // Children under their parents: every parent pulls equally, through the visible line
            // when there is one (an invisible twin would bend it), else an invisible edge.
            for (String child : family.members().keySet()) {
                for (String parent : graph.parents(child)) {
                    String p = ids.member(parent);
                    String c = ids.member(child);
                    if (place.get(p)[0] >= place.get(c)[0]) {
                        continue;
                    }
                    Attrs visible = edges.visibleAttrs(p, c);
                    if (visible != null) {
                        visible.put("weight", PARENT_WEIGHT);
                    } else {
                        edges.add(p, c, Attrs.of().put("style", "invis").put("weight", PARENT_WEIGHT), false);
                    }
                }
            }
        }

        private boolean before(String a, String b) {
            int[] pa = place.get(a);
            int[] pb = place.get(b);
            return pa[0] != pb[0] ? pa[0] < pb[0] : pa[1] < pb[1];
        }
    }

    /**
     * Boundary outlines: the rated boundaries that can be drawn as clusters; the rest as notes.
     * A boundary is outlined when it nests with the outlines before it (dot draws a node in one
     * cluster only) and when its members stand side by side in the layout: in consecutive rows,
     * next to each other in each row, and, when it spans rows, at the same end of each row (or
     * filling it). Dot cannot draw a box around members that others stand between without
     * moving those others out of their places (in dot 2.43 such clusters also break edge
     * routing, found by the property test), and a box over several rows with others on both
     * sides makes dot 2.43 reorder the rows around it (found by the layout test).
     */
    static final class Boundaries {
        private final Family family;
        private final List<Boundary> outlined = new ArrayList<>();
        private final List<Set<String>> sets = new ArrayList<>();
        private final List<Integer> numbers = new ArrayList<>();
        private final List<Boundary> notes = new ArrayList<>();
        private final List<String> reasons = new ArrayList<>();
        private final List<Integer> parent = new ArrayList<>();

        Boundaries(Family family, FamilyLayout layout) {
            this.family = family;
            List<Boundary> all = family.boundaries();
            for (int i = 0; i < all.size(); i++) {
                Boundary b = all.get(i);
                Set<String> members = b.wholeFamily() ? family.members().keySet() : Set.copyOf(b.around());
                boolean nests = true;
                for (Set<String> other : sets) {
                    if (!(disjoint(members, other) || members.containsAll(other) || other.containsAll(members))) {
                        nests = false;
                        break;
                    }
                }
                if (!nests) {
                    notes.add(b);
                    reasons.add("overlaps an outlined boundary");
                } else if (!sideBySide(members, layout)) {
                    notes.add(b);
                    reasons.add("others stand between or beside its members");
                } else {
                    outlined.add(b);
                    sets.add(Set.copyOf(members));
                    numbers.add(i + 1);
                }
            }
            // Each outline's parent: the smallest earlier-or-larger outline that contains it.
            for (int i = 0; i < sets.size(); i++) {
                Integer best = null;
                for (int j = 0; j < sets.size(); j++) {
                    if (i == j || !sets.get(j).containsAll(sets.get(i))) {
                        continue;
                    }
                    boolean larger = sets.get(j).size() > sets.get(i).size();
                    boolean equalEarlier = sets.get(j).size() == sets.get(i).size() && j < i;
                    if ((larger || equalEarlier) && (best == null || sets.get(j).size() < sets.get(best).size()
                            || sets.get(j).size() == sets.get(best).size() && j > best)) {
                        best = j;
                    }
                }
                parent.add(best);
            }
        }

        /** The members fill consecutive rows, and a run of neighbours in each of them. */
        private static boolean sideBySide(Set<String> members, FamilyLayout layout) {
            java.util.TreeMap<Integer, List<Integer>> positions = new java.util.TreeMap<>();
            for (String m : members) {
                positions.computeIfAbsent(layout.row(m), k -> new ArrayList<>()).add(memberIndex(layout, m));
            }
            if (positions.lastKey() - positions.firstKey() + 1 != positions.size()) {
                return false;
            }
            boolean allLeft = true;
            boolean allRight = true;
            for (var entry : positions.entrySet()) {
                List<Integer> row = entry.getValue();
                java.util.Collections.sort(row);
                if (row.get(row.size() - 1) - row.get(0) + 1 != row.size()) {
                    return false;
                }
                int size = layout.members(layout.rows().get(entry.getKey())).size();
                allLeft &= row.get(0) == 0;
                allRight &= row.get(row.size() - 1) == size - 1;
            }
            return positions.size() == 1 || allLeft || allRight;
        }

        /** The member's index among the members (not hooks) of its row. */
        private static int memberIndex(FamilyLayout layout, String member) {
            return layout.members(layout.rows().get(layout.row(member))).indexOf(member);
        }

        private static boolean disjoint(Set<String> a, Set<String> b) {
            for (String x : a) {
                if (b.contains(x)) {
                    return false;
                }
            }
            return true;
        }

        List<Set<String>> outlinedSets() {
            return sets;
        }

        /** The innermost outline (its index) containing every one of {@code members}, or null. */
        Integer innermost(Set<String> members) {
            Integer best = null;
            for (int i = 0; i < sets.size(); i++) {
                if (sets.get(i).containsAll(members) && (best == null || depth(i) > depth(best))) {
                    best = i;
                }
            }
            return best;
        }

        private int depth(int i) {
            int d = 0;
            for (Integer p = parent.get(i); p != null; p = parent.get(p)) {
                d++;
            }
            return d;
        }

        interface NodeWriter {
            void write(DotWriter w, Integer cluster);
        }

        void write(DotWriter w, NodeWriter nodes, Naming naming, Legend legend) {
            nodes.write(w, null);
            for (int i = 0; i < sets.size(); i++) {
                if (parent.get(i) == null) {
                    writeCluster(w, i, nodes, naming, legend);
                }
            }
        }

        private void writeCluster(DotWriter w, int i, NodeWriter nodes, Naming naming, Legend legend) {
            Boundary b = outlined.get(i);
            w.subgraph("cluster_b" + numbers.get(i));
            Attrs a = style(b.type()).put("color", Palette.INK).put("fontname", FONT).put("fontsize", 9)
                    .put("labeljust", "l").put("margin", 10);
            // Always set: a cluster would otherwise inherit the map's title as its label.
            String name = naming.freeText(b.name());
            a.put("label", name != null ? name : "");
            w.defaults("graph", a);
            legend.node(20 + b.type().ordinal(), "boundary-" + b.type().id(),
                    style(b.type()).put("shape", "box").put("label", "").put("width", 0.4).put("height", 0.25),
                    b.type().id() + " boundary");
            nodes.write(w, i);
            for (int j = 0; j < sets.size(); j++) {
                if (parent.get(j) != null && parent.get(j) == i) {
                    writeCluster(w, j, nodes, naming, legend);
                }
            }
            w.close();
        }

        static Attrs style(BoundaryType type) {
            return switch (type) {
                case CLEAR -> Attrs.of().put("style", "dashed");
                case DIFFUSE -> Attrs.of().put("style", "dotted").put("penwidth", 1.5);
                case RIGID -> Attrs.of().put("style", "solid").put("penwidth", 2.5);
            };
        }

        /**
         * Boundaries that overlap an outlined one cannot be outlined too (dot draws a node in
         * one cluster only): they are listed in a note under the map. Returns the node the
         * legend should hang under.
         */
        String writeNotes(DotWriter w, String anchor, Naming naming, String font) {
            if (notes.isEmpty()) {
                return anchor;
            }
            Html text = new Html();
            for (int i = 0; i < notes.size(); i++) {
                Boundary b = notes.get(i);
                if (i > 0) {
                    text.br();
                }
                List<String> names = b.around().stream().map(naming::label).toList();
                String name = naming.freeText(b.name());
                text.text((name != null ? name + ": " : "") + b.type().id() + " boundary around "
                        + String.join(", ", names) + " (not outlined: " + reasons.get(i) + ")");
            }
            w.node("notes", Attrs.of().put("shape", "plaintext").put("fontname", font).put("fontsize", 9)
                    .put("label", text));
            w.edge(anchor, "notes", Attrs.of().put("style", "invis").put("weight", 0));
            return "notes";
        }
    }
}
