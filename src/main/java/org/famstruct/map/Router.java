package org.famstruct.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lines between two members: straight when nothing stands in the way, otherwise the shortest
 * way around, found on the corners of what stands near the straight way (a visibility graph:
 * from each corner the line may go straight to any other it can see). The shortest way keeps
 * the line close to the straight one, as a reader expects of a tie between two people.
 */
final class Router {
    /** How far from an obstacle the way around passes. */
    private static final double CLEARANCE = 4;
    /** How far beside the straight way obstacles are considered. */
    private static final double REACH = 160;

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
                if (a.distance(b) < bestLength && clear(a, b, avoid)) {
                    best = List.of(a, b);
                    bestLength = a.distance(b);
                }
            }
        }
        if (best != null) {
            return best;
        }
        List<Point> way = around(starts, ends, avoid);
        return way != null ? way : List.of(starts.get(0), ends.get(0));
    }

    static List<Point> route(Point a, Point b, List<Box> avoid) {
        return route(List.of(a), List.of(b), avoid);
    }

    /** Dijkstra over the start points, the corners of nearby obstacles, and the end points. */
    private static List<Point> around(List<Point> starts, List<Point> ends, List<Box> avoid) {
        Box reach = Box.around(starts.get(0), 0, 0).union(Box.around(ends.get(0), 0, 0)).grow(REACH);
        List<Box> near = new ArrayList<>();
        for (Box b : avoid) {
            if (b.overlaps(reach)) {
                near.add(b);
            }
        }
        List<Point> points = new ArrayList<>(starts);
        for (Box b : near) {
            Box g = b.grow(CLEARANCE);
            for (Point corner : List.of(new Point(g.x0(), g.y0()), new Point(g.x1(), g.y0()), new Point(g.x0(), g.y1()),
                    new Point(g.x1(), g.y1()))) {
                if (near.stream().noneMatch(o -> o.contains(corner))) {
                    points.add(corner);
                }
            }
        }
        int firstEnd = points.size();
        points.addAll(ends);
        int n = points.size();
        double[] dist = new double[n];
        int[] previous = new int[n];
        boolean[] done = new boolean[n];
        Arrays.fill(dist, Double.MAX_VALUE);
        Arrays.fill(previous, -1);
        for (int i = 0; i < starts.size(); i++) {
            dist[i] = 0;
        }
        while (true) {
            int u = -1;
            for (int i = 0; i < n; i++) {
                if (!done[i] && dist[i] < Double.MAX_VALUE && (u < 0 || dist[i] < dist[u])) {
                    u = i;
                }
            }
            if (u < 0) {
                return null;
            }
            if (u >= firstEnd) {
                List<Point> way = new ArrayList<>();
                for (int i = u; i >= 0; i = previous[i]) {
                    way.add(0, points.get(i));
                }
                return way;
            }
            done[u] = true;
            for (int v = starts.size(); v < n; v++) {
                double d = dist[u] + points.get(u).distance(points.get(v));
                if (!done[v] && d < dist[v] && clear(points.get(u), points.get(v), near)) {
                    dist[v] = d;
                    previous[v] = u;
                }
            }
        }
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
