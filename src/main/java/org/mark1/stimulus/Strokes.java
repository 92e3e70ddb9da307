package org.mark1.stimulus;

import java.awt.geom.Rectangle2D;

/**
 * Ink laid by a round pen along straight segments: a point is inked when it lies within
 * {@code radius} of a segment. Exact geometry, so a letter is the same card on every computer.
 */
final class Strokes implements Ink {

    private final double[][] segments; // {x0, y0, x1, y1}
    private final double radius;
    private final Rectangle2D bounds;

    Strokes(double[][] segments, double radius) {
        this.segments = segments;
        this.radius = radius;
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (double[] s : segments) {
            minX = Math.min(minX, Math.min(s[0], s[2]));
            maxX = Math.max(maxX, Math.max(s[0], s[2]));
            minY = Math.min(minY, Math.min(s[1], s[3]));
            maxY = Math.max(maxY, Math.max(s[1], s[3]));
        }
        this.bounds = new Rectangle2D.Double(minX - radius, minY - radius, maxX - minX + 2 * radius, maxY - minY + 2 * radius);
    }

    @Override
    public Rectangle2D bounds() {
        return (Rectangle2D) bounds.clone();
    }

    @Override
    public double at(double x, double y) {
        double r2 = radius * radius;
        for (double[] s : segments) {
            if (x < Math.min(s[0], s[2]) - radius || x > Math.max(s[0], s[2]) + radius
                    || y < Math.min(s[1], s[3]) - radius || y > Math.max(s[1], s[3]) + radius) {
                continue;
            }
            double dx = s[2] - s[0];
            double dy = s[3] - s[1];
            double len2 = dx * dx + dy * dy;
            double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - s[0]) * dx + (y - s[1]) * dy) / len2));
            double ex = s[0] + t * dx - x;
            double ey = s[1] + t * dy - y;
            if (ex * ex + ey * ey <= r2) {
                return 1;
            }
        }
        return 0;
    }

    @Override
    public Ink shifted(double dx, double dy) {
        double[][] moved = new double[segments.length][];
        for (int i = 0; i < segments.length; i++) {
            double[] s = segments[i];
            moved[i] = new double[] {s[0] + dx, s[1] + dy, s[2] + dx, s[3] + dy};
        }
        return new Strokes(moved, radius);
    }
}
