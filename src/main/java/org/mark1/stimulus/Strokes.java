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
        this(segments, radius, null);
    }

    private Strokes(double[][] segments, double radius, Rectangle2D bounds) {
        this.segments = segments;
        this.radius = radius;
        if (bounds != null) {
            this.bounds = bounds;
            return;
        }
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
        return inked(segments, segments.length, x, y) ? 1 : 0;
    }

    /** Whether one of the first {@code n} of {@code segments} inks (x, y): the definition of this ink. */
    private boolean inked(double[][] segments, int n, double x, double y) {
        double r2 = radius * radius;
        for (int m = 0; m < n; m++) {
            double[] s = segments[m];
            if (x < Math.min(s[0], s[2]) - radius || x > Math.max(s[0], s[2]) + radius
                    || y < Math.min(s[1], s[3]) - radius || y > Math.max(s[1], s[3]) + radius) {
                continue;
            }
            if (distance2(s, x, y) <= r2) {
                return true;
            }
        }
        return false;
    }

    /** The squared distance from (x, y) to segment {@code s}. */
    private static double distance2(double[] s, double x, double y) {
        double dx = s[2] - s[0];
        double dy = s[3] - s[1];
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - s[0]) * dx + (y - s[1]) * dy) / len2));
        double ex = s[0] + t * dx - x;
        double ey = s[1] + t * dy - y;
        return ex * ex + ey * ey;
    }

    /**
     * The same sum as the sample-by-sample definition, found faster. A segment whose distance from
     * the cell's centre exceeds the pen's radius plus half the cell's diagonal inks no point of the
     * cell and is left out; when the four corners of the cell lie inside one segment's stroke, the
     * stroke (a convex shape) holds the whole cell and every sample point is inked. Both tests keep
     * a margin of 10^-9 far wider than rounding, so no sample changes its value.
     */
    @Override
    public double sampled(int column, int row, int k) {
        double cx = column + 0.5;
        double cy = row + 0.5;
        double reach = radius + Math.sqrt(0.5) + 1e-9;
        double reach2 = reach * reach;
        double inner2 = radius * radius * (1 - 1e-9);
        double[][] close = new double[segments.length][];
        int n = 0;
        for (double[] s : segments) {
            if (distance2(s, cx, cy) > reach2) {
                continue;
            }
            if (distance2(s, column, row) <= inner2 && distance2(s, column + 1, row) <= inner2
                    && distance2(s, column, row + 1) <= inner2 && distance2(s, column + 1, row + 1) <= inner2) {
                return k * k;
            }
            close[n++] = s;
        }
        if (n == 0) {
            return 0;
        }
        double inside = 0;
        for (int i = 0; i < k; i++) {
            double y = row + (i + 0.5) / k;
            for (int j = 0; j < k; j++) {
                inside += inked(close, n, column + (j + 0.5) / k, y) ? 1 : 0;
            }
        }
        return inside;
    }

    /**
     * Keeps the segments whose inked box (the box {@link #at} tests first) meets the given box: a
     * segment left out would be passed over by {@code at} at every point of the box anyway.
     */
    @Override
    public Ink near(double x0, double y0, double x1, double y1) {
        double[][] kept = new double[segments.length][];
        int n = 0;
        for (double[] s : segments) {
            if (!(x1 < Math.min(s[0], s[2]) - radius || x0 > Math.max(s[0], s[2]) + radius
                    || y1 < Math.min(s[1], s[3]) - radius || y0 > Math.max(s[1], s[3]) + radius)) {
                kept[n++] = s;
            }
        }
        return n == segments.length ? this : new Strokes(java.util.Arrays.copyOf(kept, n), radius, bounds);
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
