package org.famstruct.map;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines between two members: straight when nothing stands in the way; otherwise the shortest
 * of a few simple ways around that clears every symbol and text the line must not cross: bent
 * once at a point beside the straight way, or lifted over (or under) the obstacles like a
 * bridge, on either side, further out each time. The shortest keeps the line close to the
 * straight way, as a reader expects of a tie between two people.
 */
final class Router {
    private static final double STEP = 12;
    private static final int TRIES = 10;

    private Router() {}

    /**
     * The shortest clear way from any of the start points to any of the end points (the places
     * on a symbol's outline a line may leave from: facing the other member, or its sides).
     */
    static List<Point> route(List<Point> starts, List<Point> ends, List<Box> avoid) {
        List<Point> best = null;
        double bestLength = Double.MAX_VALUE;
        for (Point a : starts) {
            for (Point b : ends) {
                if (clear(a, b, avoid) && a.distance(b) < bestLength) {
                    best = List.of(a, b);
                    bestLength = a.distance(b);
                }
            }
        }
        if (best != null) {
            return best;
        }
        for (Point a : starts) {
            for (Point b : ends) {
                List<Point> c = around(a, b, avoid);
                if (c != null && Strokes.length(c) < bestLength) {
                    best = c;
                    bestLength = Strokes.length(c);
                }
            }
        }
        return best != null ? best : List.of(starts.get(0), ends.get(0));
    }

    static List<Point> route(Point a, Point b, List<Box> avoid) {
        if (clear(a, b, avoid)) {
            return List.of(a, b);
        }
        List<Point> way = around(a, b, avoid);
        return way != null ? way : List.of(a, b);
    }

    /** The shortest bent way from a to b that clears the obstacles, or null. */
    private static List<Point> around(Point a, Point b, List<Box> avoid) {
        double d = a.distance(b);
        double nx = d == 0 ? 0 : -(b.y() - a.y()) / d;
        double ny = d == 0 ? 1 : (b.x() - a.x()) / d;
        List<Point> best = null;
        double bestLength = Double.MAX_VALUE;
        for (int k = 1; k <= TRIES; k++) {
            for (int side : new int[] {-1, 1}) {
                double ox = nx * side * k * STEP;
                double oy = ny * side * k * STEP;
                List<List<Point>> candidates = new ArrayList<>();
                for (double t : new double[] {0.5, 0.3, 0.7}) {
                    candidates.add(List.of(a, a.toward(b, t).plus(ox, oy), b));
                }
                candidates.add(List.of(a, a.toward(b, 0.2).plus(ox, oy), a.toward(b, 0.8).plus(ox, oy), b));
                for (List<Point> c : candidates) {
                    double length = Strokes.length(c);
                    if (length < bestLength && clear(c, avoid)) {
                        best = c;
                        bestLength = length;
                    }
                }
            }
        }
        return best;
    }

    private static boolean clear(List<Point> path, List<Box> avoid) {
        for (int i = 1; i < path.size(); i++) {
            if (!clear(path.get(i - 1), path.get(i), avoid)) {
                return false;
            }
        }
        return true;
    }

    static boolean clear(Point a, Point b, List<Box> avoid) {
        for (Box box : avoid) {
            if (box.crossedBy(a, b)) {
                return false;
            }
        }
        return true;
    }
}
