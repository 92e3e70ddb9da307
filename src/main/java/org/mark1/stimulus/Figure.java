package org.mark1.stimulus;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
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
public enum Figure implements Keyword, Design {
    /** An upright square filling its box. */
    SQUARE,
    /** A circle of diameter {@code size}. */
    CIRCLE,
    /** An upright isosceles triangle: base along the bottom of the box, apex at the top middle. */
    TRIANGLE,
    /** A square turned 45 degrees, its corners touching the middles of the box's sides. */
    DIAMOND,
    /** A plus sign: a horizontal and a vertical bar, each a quarter of the box thick, crossing in the middle. */
    CROSS,
    /** A bar across the whole box, a quarter of it high, through the middle. */
    HORIZONTAL_BAR,
    /** A bar down the whole box, a quarter of it wide, through the middle. */
    VERTICAL_BAR,
    /**
     * A mark made with a pencil on a card: an upright stroke half as wide as it is high, filling the
     * height of its box. Drawn small, it is the mark of the IBM 704's left/right cards.
     */
    MARK;

    @Override
    public String id() {
        return Keyword.super.id();
    }

    @Override
    public Ink ink(double size, double degrees) {
        return new Printed(this, size, degrees, 0, 0);
    }

    /** The figure's outline in photocell coordinates. */
    public Shape outline(double x, double y, double size) {
        return switch (this) {
            case SQUARE -> new Rectangle2D.Double(x, y, size, size);
            case CIRCLE -> new Ellipse2D.Double(x, y, size, size);
            case TRIANGLE -> polygon(x + size / 2, y, x + size, y + size, x, y + size);
            case DIAMOND -> polygon(x + size / 2, y, x + size, y + size / 2, x + size / 2, y + size, x, y + size / 2);
            case CROSS -> cross(x, y, size);
            case HORIZONTAL_BAR -> new Rectangle2D.Double(x, y + 3 * size / 8, size, size / 4);
            case VERTICAL_BAR -> new Rectangle2D.Double(x + 3 * size / 8, y, size / 4, size);
            case MARK -> new Rectangle2D.Double(x + size / 4, y, size / 2, size);
        };
    }

    private static Shape cross(double x, double y, double s) {
        double a = x + 3 * s / 8;
        double b = x + 5 * s / 8;
        double c = y + 3 * s / 8;
        double d = y + 5 * s / 8;
        return polygon(a, y, b, y, b, c, x + s, c, x + s, d, b, d, b, y + s, a, y + s, a, d, x, d, x, c, a, c);
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

/**
 * A figure printed at a size, turned about the middle of its box, its box's corner at (x, y). The
 * outline is built where it lands (not moved there afterwards), so an upright figure's outline is
 * exactly {@link Figure#outline}.
 */
final class Printed implements Ink {
    private final Figure figure;
    private final double size;
    private final double degrees;
    private final double x;
    private final double y;
    private final Ink.Outline ink;

    Printed(Figure figure, double size, double degrees, double x, double y) {
        this.figure = figure;
        this.size = size;
        this.degrees = degrees;
        this.x = x;
        this.y = y;
        Shape upright = figure.outline(x, y, size);
        this.ink = new Ink.Outline(degrees == 0 ? upright
                : AffineTransform.getRotateInstance(StrictMath.cos(StrictMath.toRadians(degrees)),
                        StrictMath.sin(StrictMath.toRadians(degrees)), x + size / 2, y + size / 2)
                        .createTransformedShape(upright));
    }

    @Override
    public Rectangle2D bounds() {
        return ink.bounds();
    }

    @Override
    public double at(double px, double py) {
        return ink.at(px, py);
    }

    @Override
    public double sampled(int column, int row, int k) {
        return ink.sampled(column, row, k);
    }

    @Override
    public Ink shifted(double dx, double dy) {
        return new Printed(figure, size, degrees, x + dx, y + dy);
    }
}
