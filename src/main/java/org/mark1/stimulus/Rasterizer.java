package org.mark1.stimulus;

import java.awt.Shape;

/**
 * Turns a figure into the light each photocell receives: the fraction of the cell the lit figure
 * covers, measured on a grid of {@code k x k} sample points per cell (our choice: k = 8, so light
 * comes in steps of 1/64). Pure geometry ({@link Shape#contains}); no drawing surface, no fonts.
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

    /** Light per photocell, row-major, each from 0 (dark) to 1 (fully covered). */
    public double[] light(Shape figure) {
        double[] light = new double[rows * columns];
        java.awt.geom.Rectangle2D bounds = figure.getBounds2D();
        double inv = 1.0 / (k * k);
        for (int r = Math.max(0, (int) Math.floor(bounds.getMinY())); r < Math.min(rows, Math.ceil(bounds.getMaxY())); r++) {
            for (int c = Math.max(0, (int) Math.floor(bounds.getMinX())); c < Math.min(columns, Math.ceil(bounds.getMaxX())); c++) {
                int inside = 0;
                for (int i = 0; i < k; i++) {
                    double y = r + (i + 0.5) / k;
                    for (int j = 0; j < k; j++) {
                        if (figure.contains(c + (j + 0.5) / k, y)) {
                            inside++;
                        }
                    }
                }
                light[r * columns + c] = inside * inv;
            }
        }
        return light;
    }
}
