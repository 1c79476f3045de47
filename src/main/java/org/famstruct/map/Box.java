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

    /** True when the segment from a to b passes through the inside of this box (Liang–Barsky clipping). */
    boolean crossedBy(Point a, Point b) {
        double t0 = 0;
        double t1 = 1;
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {a.x() - x0, x1 - a.x(), a.y() - y0, y1 - a.y()};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] <= 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        return t1 - t0 > 1e-9;
    }

    /** The same box with its top-left corner at x, y. */
    Box moveTo(double x, double y) {
        return new Box(x, y, x + width(), y + height());
    }
}
