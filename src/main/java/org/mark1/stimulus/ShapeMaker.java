package org.mark1.stimulus;

import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Draws figures at random sizes and positions, as a trainer might set cards before the camera.
 *
 * <h2>Seeding</h2>
 * Each figure takes exactly three numbers from the generator it is given (size, then x, then y), so
 * a set of stimuli depends only on its stream and on how many came before.
 */
public final class ShapeMaker {

    private final int rows;
    private final int columns;
    private final double minSize;
    private final double maxSize;
    private final Placement placement;
    private final double jitter;
    private final Rasterizer rasterizer;

    public ShapeMaker(int rows, int columns, double minSize, double maxSize, Placement placement, double jitter) {
        if (!(minSize > 0 && minSize <= maxSize && maxSize <= Math.min(rows, columns))) {
            throw new IllegalArgumentException("sizes " + minSize + ".." + maxSize + " do not fit a " + rows + "x" + columns
                    + " retina");
        }
        this.rows = rows;
        this.columns = columns;
        this.minSize = minSize;
        this.maxSize = maxSize;
        this.placement = placement;
        this.jitter = jitter;
        this.rasterizer = new Rasterizer(rows, columns, 8);
    }

    /** One figure, drawn at a random size and position. */
    public Stimulus make(Figure figure, UniformRandomProvider rng) {
        double size = minSize + (maxSize - minSize) * rng.nextDouble();
        double u = rng.nextDouble();
        double v = rng.nextDouble();
        double x;
        double y;
        if (placement == Placement.RANDOM) {
            x = u * (columns - size);
            y = v * (rows - size);
        } else {
            x = clamp((columns - size) / 2 + (2 * u - 1) * jitter, columns - size);
            y = clamp((rows - size) / 2 + (2 * v - 1) * jitter, rows - size);
        }
        return new Stimulus(figure.id(),
                String.format(Locale.ROOT, "%s %.2f at (%.2f, %.2f)", figure.id(), size, x, y),
                rasterizer.light(figure.outline(x, y, size)));
    }

    private static double clamp(double v, double max) {
        return Math.max(0, Math.min(max, v));
    }
}
