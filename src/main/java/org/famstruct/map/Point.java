package org.famstruct.map;

/** A point of a map, in points (1/72 inch), y growing downward as rows do; the DOT writer flips it. */
record Point(double x, double y) {

    Point plus(double dx, double dy) {
        return new Point(x + dx, y + dy);
    }

    double distance(Point o) {
        return Math.hypot(o.x - x, o.y - y);
    }

    /** The point a fraction {@code t} of the way to {@code o}. */
    Point toward(Point o, double t) {
        return new Point(x + (o.x - x) * t, y + (o.y - y) * t);
    }
}
