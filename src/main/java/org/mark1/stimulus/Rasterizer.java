package org.mark1.stimulus;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;

/**
 * Turns a card into the light each photocell receives: the share of the cell the ink covers,
 * measured on a grid of {@code k x k} sample points per cell (our choice: k = 8, so light comes in
 * steps of 1/64). Pure geometry ({@link Ink#at}); no drawing surface, no fonts of the computer.
 */
public final class Rasterizer {

    private final int rows;
    private final int columns;
    private final int k;

    public Rasterizer(int rows, int columns, int samplesPerSide) {
        if (rows < 1 || columns < 1 || samplesPerSide < 1) {
            throw new IllegalArgumentException("bad raster " + rows + "x" + columns + "/" + samplesPerSide);
        }
        this.rows = rows;
        this.columns = columns;
        this.k = samplesPerSide;
    }

    /** Light per photocell for a filled outline, row-major, each from 0 (dark) to 1 (fully covered). */
    public double[] light(Shape figure) {
        return light(Ink.of(figure));
    }

    /** Light per photocell, row-major: the mean ink over the cell's sample points. */
    public double[] light(Ink ink) {
        double[] light = new double[rows * columns];
        Rectangle2D bounds = ink.bounds();
        double inv = 1.0 / (k * k);
        int c0 = Math.max(0, (int) Math.floor(bounds.getMinX()));
        double c1 = Math.min(columns, Math.ceil(bounds.getMaxX()));
        for (int r = Math.max(0, (int) Math.floor(bounds.getMinY())); r < Math.min(rows, Math.ceil(bounds.getMaxY())); r++) {
            Ink row = ink.near(c0, r, c1, r + 1); // every sample point of the row lies in this box
            for (int c = c0; c < c1; c++) {
                double inside = row.sampled(c, r, k);
                light[r * columns + c] = inside * inv;
            }
        }
        return light;
    }
}
