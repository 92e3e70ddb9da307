package org.mark1.stimulus;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;

/**
 * The ink of one card in photocell coordinates (x to the right, y downward): how much of each
 * point is marked, from 0 (paper) to 1 (ink). What the photocells respond to is the ink: a cell's
 * light is the share of it the ink covers (see {@link Rasterizer}).
 */
public interface Ink {

    /** A rectangle outside which there is no ink. */
    Rectangle2D bounds();

    /** The ink at a point, from 0 to 1. */
    double at(double x, double y);

    /** The same ink moved by ({@code dx}, {@code dy}). */
    Ink shifted(double dx, double dy);

    /** A filled outline: ink 1 inside, 0 outside. */
    static Ink of(Shape outline) {
        return new Outline(outline);
    }

    /** A filled outline as ink. */
    record Outline(Shape shape) implements Ink {
        @Override
        public Rectangle2D bounds() {
            return shape.getBounds2D();
        }

        @Override
        public double at(double x, double y) {
            return shape.contains(x, y) ? 1 : 0;
        }

        @Override
        public Ink shifted(double dx, double dy) {
            return new Outline(AffineTransform.getTranslateInstance(dx, dy).createTransformedShape(shape));
        }
    }
}
