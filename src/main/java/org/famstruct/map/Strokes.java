package org.famstruct.map;

import java.util.ArrayList;
import java.util.List;

/**
 * The shapes of the lines, as polylines: a zigzag (the genogram's conflict), hatches across a
 * line (Minuchin's conflict), a line broken in the middle with a bar on each side (cutoff), a
 * parallel copy (two relationships of one pair side by side). Geometry only: no colour, no DOT.
 */
final class Strokes {
    private Strokes() {}

    /** The length of a polyline. */
    static double length(List<Point> path) {
        double sum = 0;
        for (int i = 1; i < path.size(); i++) {
            sum += path.get(i - 1).distance(path.get(i));
        }
        return sum;
    }

    /** The point at a distance along a polyline, and the unit direction of the piece it is on. */
    static Point[] along(List<Point> path, double at) {
        double left = at;
        for (int i = 1; i < path.size(); i++) {
            Point p = path.get(i - 1);
            Point q = path.get(i);
            double d = p.distance(q);
            if (left <= d || i == path.size() - 1) {
                double t = d == 0 ? 0 : Math.min(1, left / d);
                Point dir = d == 0 ? new Point(1, 0) : new Point((q.x() - p.x()) / d, (q.y() - p.y()) / d);
                return new Point[] {p.toward(q, t), dir};
            }
            left -= d;
        }
        return new Point[] {path.get(0), new Point(1, 0)};
    }

    /** A zigzag along the path: straight for a short lead at each end, so it meets the symbols cleanly. */
    static List<Point> zigzag(List<Point> path, double amplitude, double wavelength) {
        double total = length(path);
        double lead = Math.min(6, total / 4);
        List<Point> out = new ArrayList<>();
        out.add(path.get(0));
        int teeth = Math.max(2, (int) Math.round((total - 2 * lead) / (wavelength / 2)));
        double step = (total - 2 * lead) / teeth;
        out.add(along(path, lead)[0]);
        for (int k = 1; k < teeth; k++) {
            Point[] pd = along(path, lead + k * step);
            double side = k % 2 == 0 ? -amplitude : amplitude;
            out.add(pd[0].plus(-pd[1].y() * side, pd[1].x() * side));
        }
        out.add(along(path, total - lead)[0]);
        out.add(path.get(path.size() - 1));
        return out;
    }

    /** Short strokes across the path every {@code spacing} points, clear of its ends. */
    static List<List<Point>> hatches(List<Point> path, double spacing, double size) {
        double total = length(path);
        List<List<Point>> out = new ArrayList<>();
        int count = Math.max(1, (int) ((total - 16) / spacing));
        double start = (total - (count - 1) * spacing) / 2;
        for (int k = 0; k < count; k++) {
            Point[] pd = along(path, start + k * spacing);
            double h = size / 2;
            // Slanted like a hatch: across the line, leaning along it.
            out.add(List.of(pd[0].plus(-pd[1].y() * h - pd[1].x() * h / 2, pd[1].x() * h - pd[1].y() * h / 2),
                    pd[0].plus(pd[1].y() * h + pd[1].x() * h / 2, -pd[1].x() * h + pd[1].y() * h / 2)));
        }
        return out;
    }

    /** The path split in the middle with a gap, and a bar across each side of the gap. */
    static List<List<Point>> broken(List<Point> path, double gap, double bar) {
        double total = length(path);
        double mid = total / 2;
        List<Point> first = new ArrayList<>();
        List<Point> second = new ArrayList<>();
        double walked = 0;
        first.add(path.get(0));
        for (int i = 1; i < path.size(); i++) {
            walked += path.get(i - 1).distance(path.get(i));
            if (walked < mid - gap / 2) {
                first.add(path.get(i));
            } else if (walked > mid + gap / 2) {
                second.add(path.get(i));
            }
        }
        Point[] a = along(path, mid - gap / 2);
        Point[] b = along(path, mid + gap / 2);
        first.add(a[0]);
        second.add(0, b[0]);
        double h = bar / 2;
        return List.of(first, second,
                List.of(a[0].plus(-a[1].y() * h, a[1].x() * h), a[0].plus(a[1].y() * h, -a[1].x() * h)),
                List.of(b[0].plus(-b[1].y() * h, b[1].x() * h), b[0].plus(b[1].y() * h, -b[1].x() * h)));
    }

    /** The path moved sideways by {@code d} (to the left of its direction for a positive d). */
    static List<Point> offset(List<Point> path, double d) {
        if (d == 0) {
            return path;
        }
        List<Point> out = new ArrayList<>();
        for (int i = 0; i < path.size(); i++) {
            Point p = path.get(Math.max(0, i - 1));
            Point q = path.get(Math.min(path.size() - 1, i + 1));
            double len = p.distance(q);
            double nx = len == 0 ? 0 : -(q.y() - p.y()) / len;
            double ny = len == 0 ? 0 : (q.x() - p.x()) / len;
            out.add(path.get(i).plus(nx * d, ny * d));
        }
        return out;
    }

    /** The path without its first and last {@code d} points of length (the whole path when it is too short). */
    static List<Point> trim(List<Point> path, double d) {
        double total = length(path);
        if (total <= 3 * d) {
            return path;
        }
        List<Point> out = new ArrayList<>();
        out.add(along(path, d)[0]);
        double walked = 0;
        for (int i = 1; i < path.size() - 1; i++) {
            walked += path.get(i - 1).distance(path.get(i));
            if (walked > d && walked < total - d) {
                out.add(path.get(i));
            }
        }
        out.add(along(path, total - d)[0]);
        return out;
    }
}
