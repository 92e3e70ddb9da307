package org.mark1.stimulus;

import java.awt.geom.Rectangle2D;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Lays cards before the camera, as a trainer might: each design printed at a size drawn from the
 * layout's range, turned, put in its region, and its light measured on the retina.
 *
 * <h2>Seeding</h2>
 * Each card takes from the generator it is given, in this order: the size, two numbers for the
 * place (used by every kind of position, so the count does not depend on it), the turn (only when
 * the layout turns cards), then one Gaussian per cell (only when it has card noise). A set of cards
 * depends only on its stream and on how many came before.
 */
public final class CardMaker {

    private final int rows;
    private final int columns;
    private final Layout layout;
    private final Rectangle2D region;
    private final Rasterizer rasterizer;

    public CardMaker(int rows, int columns, Layout layout) {
        this.rows = rows;
        this.columns = columns;
        this.layout = layout;
        this.region = layout.region().on(rows, columns);
        if (region.getMinX() < 0 || region.getMinY() < 0 || region.getMaxX() > columns || region.getMaxY() > rows) {
            throw new IllegalArgumentException("region " + region + " is not on the " + rows + " x " + columns + " retina");
        }
        this.rasterizer = new Rasterizer(rows, columns, 8);
    }

    public Layout layout() {
        return layout;
    }

    /** One card of {@code design}. */
    public Card make(Design design, UniformRandomProvider rng) {
        double size = layout.minSize() + (layout.maxSize() - layout.minSize()) * rng.nextDouble();
        double u = rng.nextDouble();
        double v = rng.nextDouble();
        double turn = layout.rotation() > 0 ? (2 * rng.nextDouble() - 1) * layout.rotation() : 0;
        Ink ink = design.ink(size, turn);
        Rectangle2D b = ink.bounds();
        double w = b.getWidth();
        double h = b.getHeight();
        double x;
        double y;
        switch (layout.position().kind()) {
            case RANDOM -> {
                x = region.getMinX() + u * (region.getWidth() - w);
                y = region.getMinY() + v * (region.getHeight() - h);
            }
            case CENTRED -> {
                x = clamp(region.getMinX() + (region.getWidth() - w) / 2 + (2 * u - 1) * layout.jitter(), region.getMinX(), region.getMaxX() - w);
                y = clamp(region.getMinY() + (region.getHeight() - h) / 2 + (2 * v - 1) * layout.jitter(), region.getMinY(), region.getMaxY() - h);
            }
            default -> {
                x = clamp(layout.position().x() - w / 2 + (2 * u - 1) * layout.jitter(), region.getMinX(), region.getMaxX() - w);
                y = clamp(layout.position().y() - h / 2 + (2 * v - 1) * layout.jitter(), region.getMinY(), region.getMaxY() - h);
            }
        }
        double[] light = rasterizer.light(ink.shifted(x - b.getMinX(), y - b.getMinY()));
        if (layout.cardNoise() > 0) {
            ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
            for (int i = 0; i < light.length; i++) {
                light[i] = Math.max(0, Math.min(1, light[i] + layout.cardNoise() * gauss.sample()));
            }
        }
        String description = String.format(Locale.ROOT, "%s %.2f at (%.2f, %.2f)", design.id(), size, x, y)
                + (turn == 0 ? "" : String.format(Locale.ROOT, " turned %.1f degrees", turn));
        return new Card(design.id(), description, light);
    }

    /**
     * The width and height of {@code design} upright at the layout's largest size, in photocells,
     * to check that it fits its region.
     */
    public static double[] largest(Design design, Layout layout) {
        Rectangle2D b = design.ink(layout.maxSize(), 0).bounds();
        return new double[] {b.getWidth(), b.getHeight()};
    }

    /** A region too small for the figure puts it at the region's top-left corner (the retina cuts it). */
    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(Math.max(lo, hi), v));
    }
}
