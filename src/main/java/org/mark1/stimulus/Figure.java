package org.mark1.stimulus;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.mark1.io.Keyword;

/**
 * The plane figures of the period's shape experiments, each drawn inside a square box of side
 * {@code size} whose top-left corner is at ({@code x}, {@code y}) in photocell units (x to the right,
 * y downward). Which figures, and that size means the side of the bounding box for every figure,
 * are our choices [gap].
 */
public enum Figure implements Keyword {
    /** An upright square filling its box. */
    SQUARE,
    /** A circle of diameter {@code size}. */
    CIRCLE,
    /** An upright isosceles triangle: base along the bottom of the box, apex at the top middle. */
    TRIANGLE,
    /** A square turned 45 degrees, its corners touching the middles of the box's sides. */
    DIAMOND;

    /** The figure's outline in photocell coordinates. */
    public Shape outline(double x, double y, double size) {
        return switch (this) {
            case SQUARE -> new Rectangle2D.Double(x, y, size, size);
            case CIRCLE -> new Ellipse2D.Double(x, y, size, size);
            case TRIANGLE -> polygon(x + size / 2, y, x + size, y + size, x, y + size);
            case DIAMOND -> polygon(x + size / 2, y, x + size, y + size / 2, x + size / 2, y + size, x, y + size / 2);
        };
    }

    private static Shape polygon(double... xy) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        p.closePath();
        return p;
    }
}
