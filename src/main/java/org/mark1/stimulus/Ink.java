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

    /**
     * The same ink as seen from inside the box [{@code x0}, {@code x1}] x [{@code y0}, {@code y1}]:
     * {@link #at} gives the same value at every point of the box. An ink may leave out what lies
     * wholly outside the box, so that the many points the {@link Rasterizer} samples in one
     * photocell cost less; by default it keeps everything.
     */
    default Ink near(double x0, double y0, double x1, double y1) {
        return this;
    }

    /**
     * The ink summed over the {@code k x k} sample points of the photocell in {@code column} and
     * {@code row}: {@link #at} at ({@code column + (j + 0.5) / k}, {@code row + (i + 0.5) / k})
     * for i and j from 0 to k - 1, added row by row. An ink may find the same sum faster.
     */
    default double sampled(int column, int row, int k) {
        double inside = 0;
        for (int i = 0; i < k; i++) {
            double y = row + (i + 0.5) / k;
            for (int j = 0; j < k; j++) {
                inside += at(column + (j + 0.5) / k, y);
            }
        }
        return inside;
    }

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

        /**
         * The same sum as the sample-by-sample definition, found faster: a cell the outline does not
         * meet has no ink, a cell it holds whole has ink at every sample point, and only the cells its
         * edge crosses are sampled. {@link Shape#intersects} may say yes and {@link Shape#contains}
         * may say no when unsure, which only sends a cell to the samples; every sample point lies at
         * least half a sample's width inside the cell, far beyond rounding.
         */
        @Override
        public double sampled(int column, int row, int k) {
            if (!shape.intersects(column, row, 1, 1)) {
                return 0;
            }
            if (shape.contains(column, row, 1, 1)) {
                return k * k;
            }
            return Ink.super.sampled(column, row, k);
        }

        @Override
        public Ink shifted(double dx, double dy) {
            return new Outline(AffineTransform.getTranslateInstance(dx, dy).createTransformedShape(shape));
        }
    }
}
