package org.famstruct.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.famstruct.map.dot.Attrs;
import org.famstruct.map.dot.DotText;
import org.famstruct.map.dot.DotWriter;
import org.famstruct.map.dot.Html;

/**
 * A map as placed: nodes at their points, texts in their boxes and lines as polylines, in
 * points with y downward. It remembers what is taken (symbols and texts) so a text can be put
 * where it overlaps nothing, and a line routed around members. {@link #write} turns it into
 * positioned DOT: {@code layout=nop2}, every node {@code pos="x,y!"}, every line an edge
 * {@code pos} of Bezier control points (a straight piece from p to q has its controls at a
 * third and two thirds of the way), so {@code dot -Tsvg} draws exactly this.
 */
final class Sheet {
    /**
     * Helvetica's average advance in ems, a little above the legibility check's 0.55: what we
     * place then clears by its measure too, and a long line of text is not cut at the page's edge.
     */
    static final double EM = 0.6;
    /** How far an arrowhead reaches (arrowsize 0.8 of dot's 10 points). */
    static final double ARROW = 8;

    private record Node(String id, Point at, Attrs attrs) {}

    private record Line(String tail, String head, List<List<Point>> pieces, Point headTip, Point tailTip,
            Attrs attrs) {}

    private final List<Node> nodes = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private final List<Box> symbols = new ArrayList<>();
    private final List<Box> texts = new ArrayList<>();
    private Box extent;
    private int textCount;
    private int pointCount;
    private int sampleCount;

    /** An id for a legend sample's symbol: {@code s1}, {@code s2}... */
    String sampleId() {
        return "s" + (++sampleCount);
    }

    /** A member's symbol (or any drawn node) at its centre, taking its box. */
    void symbol(String id, Point at, Box box, Attrs attrs) {
        nodes.add(new Node(id, at, attrs));
        symbols.add(box);
        grow(box);
    }

    /** An invisible point lines can end at; its id is made here ({@code p1}, {@code p2}...). */
    String point(Point at) {
        String id = "p" + (++pointCount);
        nodes.add(new Node(id, at, Attrs.of().put("shape", "point").put("style", "invis").put("width", 0.01)
                .put("height", 0.01)));
        grow(Box.around(at, 1, 1));
        return id;
    }

    /** The box a text takes when centred at {@code centre}. */
    static Box textBox(String text, Point centre, double fontSize) {
        String[] shown = DotText.clean(text).split("\n", -1);
        int longest = 0;
        for (String line : shown) {
            longest = Math.max(longest, line.codePointCount(0, line.length()));
        }
        return Box.around(centre, longest * fontSize * EM + 2, shown.length * fontSize * 1.2);
    }

    /** A text centred at a point, wherever it falls (for texts whose place the layout made room for). */
    String text(String text, Point centre, double fontSize, String color) {
        return label(Html.of(text), textBox(text, centre, fontSize), fontSize, color);
    }

    /** A label (already marked up, e.g. bold) in the given box. */
    String label(Html label, Box box, double fontSize, String color) {
        String id = "t" + (++textCount);
        Attrs a = Attrs.of().put("shape", "plaintext").put("margin", 0).put("width", 0).put("height", 0)
                .put("fontsize", fontSize).put("label", label);
        if (color != null) {
            a.put("fontcolor", color);
        }
        nodes.add(new Node(id, box.centre(), a));
        texts.add(box);
        grow(box);
        return id;
    }

    /**
     * A text at the first of the candidate centres where it overlaps no symbol and no other
     * text; null (and nothing drawn) when every one is taken.
     */
    String placeText(String text, double fontSize, String color, List<Point> candidates) {
        // Best a place no line crosses either; else one that overlaps no symbol and no text.
        for (boolean clearOfLines : new boolean[] {true, false}) {
            for (Point c : candidates) {
                Box box = textBox(text, c, fontSize);
                if (free(box.grow(1)) && (!clearOfLines || uncrossed(box))) {
                    return text(text, c, fontSize, color);
                }
            }
        }
        return null;
    }

    private boolean uncrossed(Box box) {
        for (Line line : lines) {
            for (List<Point> piece : line.pieces()) {
                for (int i = 1; i < piece.size(); i++) {
                    if (box.crossedBy(piece.get(i - 1), piece.get(i))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Where a line's word may go: beside its middle, then further along, on either side. */
    static List<Point> besideLine(List<Point> path) {
        return besideLine(path, 0);
    }

    /** As above, {@code clearance} further out (beside a broad band). */
    static List<Point> besideLine(List<Point> path, double clearance) {
        List<Point> out = new ArrayList<>();
        double total = Strokes.length(path);
        for (double t : new double[] {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9}) {
            Point[] pd = Strokes.along(path, total * t);
            for (double side : new double[] {9, -9, 16, -16, 24, -24, 32, -32}) {
                double d = side + Math.signum(side) * clearance;
                out.add(pd[0].plus(-pd[1].y() * d, pd[1].x() * d));
            }
        }
        return out;
    }

    boolean free(Box box) {
        for (Box b : symbols) {
            if (b.overlaps(box)) {
                return false;
            }
        }
        for (Box b : texts) {
            if (b.overlaps(box)) {
                return false;
            }
        }
        return true;
    }

    /** Everything a line should not run through: symbols and texts. */
    List<Box> taken() {
        List<Box> all = new ArrayList<>(symbols);
        all.addAll(texts);
        return all;
    }

    /** A line of polyline pieces, drawn as given. */
    void line(String tail, String head, List<List<Point>> pieces, Attrs attrs) {
        add(new Line(tail, head, pieces, null, null, attrs));
    }

    /** A line whose last piece ends in an arrowhead at its last point (and at its first, with {@code both}). */
    void arrow(String tail, String head, List<Point> path, boolean both, Attrs attrs) {
        List<Point> shaft = new ArrayList<>(path);
        Point tip = shaft.get(shaft.size() - 1);
        shaft.set(shaft.size() - 1, back(tip, shaft.get(shaft.size() - 2)));
        Point tailTip = null;
        if (both) {
            tailTip = shaft.get(0);
            shaft.set(0, back(tailTip, shaft.get(1)));
        }
        add(new Line(tail, head, List.of(shaft), tip, tailTip, attrs));
    }

    private static Point back(Point tip, Point from) {
        double d = tip.distance(from);
        return d <= ARROW ? from : tip.toward(from, ARROW / d);
    }

    /** Points per edge at most: dot 2.43 reads no quoted string longer than 16384 characters. */
    private static final int MOST_POINTS = 120;

    private void add(Line line) {
        if (line.headTip() == null && line.tailTip() == null && size(line.pieces()) > MOST_POINTS) {
            // A long zigzag: written as several edges between the same two ends, each a stretch of it.
            List<List<Point>> chunk = new ArrayList<>();
            for (List<Point> piece : line.pieces()) {
                for (int i = 0; i + 1 < piece.size(); i += MOST_POINTS / 2) {
                    chunk.add(piece.subList(i, Math.min(piece.size(), i + MOST_POINTS / 2 + 1)));
                    if (size(chunk) >= MOST_POINTS / 2) {
                        add(new Line(line.tail(), line.head(), chunk, null, null, line.attrs()));
                        chunk = new ArrayList<>();
                    }
                }
            }
            if (!chunk.isEmpty()) {
                add(new Line(line.tail(), line.head(), chunk, null, null, line.attrs()));
            }
            return;
        }
        lines.add(line);
        for (List<Point> piece : line.pieces()) {
            piece.forEach(p -> grow(Box.around(p, 1, 1)));
        }
    }

    private static int size(List<List<Point>> pieces) {
        return pieces.stream().mapToInt(List::size).sum();
    }

    /** The drawing's extent so far. */
    Box extent() {
        return extent == null ? new Box(0, 0, 0, 0) : extent;
    }

    private void grow(Box box) {
        extent = extent == null ? box : extent.union(box);
    }

    /** The positioned DOT, the drawing moved so that its extent plus a margin starts at 0,0. */
    String write(String graphId, Attrs graph, Attrs nodeDefaults, Attrs edgeDefaults, double margin) {
        Box e = extent();
        double left = e.x0() - margin;
        double top = e.y1() + margin;
        DotWriter w = new DotWriter().open(graphId);
        w.defaults("graph", Attrs.of().put("layout", "nop2").put("outputorder", "edgesfirst")
                .put("bb", "0,0," + num(e.width() + 2 * margin) + "," + num(e.height() + 2 * margin)).putAll(graph));
        w.defaults("node", nodeDefaults);
        w.defaults("edge", edgeDefaults);
        for (Node n : nodes) {
            w.node(n.id(), Attrs.of().putAll(n.attrs())
                    .put("pos", num(n.at().x() - left) + "," + num(top - n.at().y()) + "!"));
        }
        for (Line l : lines) {
            StringBuilder pos = new StringBuilder();
            if (l.tailTip() != null) {
                pos.append("s,").append(xy(l.tailTip(), left, top)).append(' ');
            }
            if (l.headTip() != null) {
                pos.append("e,").append(xy(l.headTip(), left, top)).append(' ');
            }
            for (int i = 0; i < l.pieces().size(); i++) {
                if (i > 0) {
                    pos.append(';');
                }
                pos.append(spline(l.pieces().get(i), left, top));
            }
            Attrs a = Attrs.of().putAll(l.attrs()).put("pos", pos.toString());
            if (l.headTip() != null || l.tailTip() != null) {
                a.put("dir", l.headTip() != null && l.tailTip() != null ? "both" : l.headTip() != null ? "forward"
                        : "back");
            }
            w.edge(l.tail(), l.head(), a);
        }
        return w.close().text();
    }

    /** A polyline as cubic Bezier control points: each straight piece with its controls on it. */
    private static String spline(List<Point> polyline, double left, double top) {
        StringBuilder s = new StringBuilder(xy(polyline.get(0), left, top));
        for (int i = 1; i < polyline.size(); i++) {
            Point p = polyline.get(i - 1);
            Point q = polyline.get(i);
            s.append(' ').append(xy(p.toward(q, 1 / 3.0), left, top)).append(' ')
                    .append(xy(p.toward(q, 2 / 3.0), left, top)).append(' ').append(xy(q, left, top));
        }
        return s.toString();
    }

    private static String xy(Point p, double left, double top) {
        return num(p.x() - left) + "," + num(top - p.y());
    }

    /** Two decimals at most, no trailing zeros, never "-0": the same bytes on every machine. */
    static String num(double v) {
        double r = Math.round(v * 100) / 100.0;
        if (r == 0) {
            return "0";
        }
        String s = String.format(Locale.ROOT, "%.2f", r);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
