package org.famstruct.map;

/** An axis-aligned rectangle of the map (y downward): a symbol, a text, the drawing's extent. */
record Box(double x0, double y0, double x1, double y1) {

    static Box around(Point centre, double width, double height) {
        return new Box(centre.x() - width / 2, centre.y() - height / 2, centre.x() + width / 2,
                centre.y() + height / 2);
    }

    double width() {
        return x1 - x0;
    }

    double height() {
        return y1 - y0;
    }

    Point centre() {
        return new Point((x0 + x1) / 2, (y0 + y1) / 2);
    }

    Box grow(double d) {
        return new Box(x0 - d, y0 - d, x1 + d, y1 + d);
    }

    Box union(Box o) {
        return new Box(Math.min(x0, o.x0), Math.min(y0, o.y0), Math.max(x1, o.x1), Math.max(y1, o.y1));
    }

    boolean overlaps(Box o) {
        return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1;
    }

    boolean contains(Point p) {
        return p.x() > x0 && p.x() < x1 && p.y() > y0 && p.y() < y1;
    }

    /** True when the segment from a to b passes through the inside of this box (sampled finely enough for symbols). */
    boolean crossedBy(Point a, Point b) {
        int steps = (int) Math.max(8, a.distance(b) / 2);
        for (int i = 0; i <= steps; i++) {
            if (contains(a.toward(b, (double) i / steps))) {
                return true;
            }
        }
        return false;
    }

    /** The same box with its top-left corner at x, y. */
    Box moveTo(double x, double y) {
        return new Box(x, y, x + width(), y + height());
    }
}
