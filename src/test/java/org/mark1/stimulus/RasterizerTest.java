package org.mark1.stimulus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The rasterizer looks only at the ink near each photocell ({@link Ink#near}); these tests hold
 * that this changes no light value, against the definition: every sample point of every cell of
 * the ink's box asked of the whole ink.
 */
class RasterizerTest {

    /** The definition, without {@link Ink#near}. */
    private static double[] plain(Ink ink, int rows, int columns, int k) {
        double[] light = new double[rows * columns];
        Rectangle2D b = ink.bounds();
        for (int r = Math.max(0, (int) Math.floor(b.getMinY())); r < Math.min(rows, Math.ceil(b.getMaxY())); r++) {
            for (int c = Math.max(0, (int) Math.floor(b.getMinX())); c < Math.min(columns, Math.ceil(b.getMaxX())); c++) {
                double inside = 0;
                for (int i = 0; i < k; i++) {
                    for (int j = 0; j < k; j++) {
                        inside += ink.at(c + (j + 0.5) / k, r + (i + 0.5) / k);
                    }
                }
                light[r * columns + c] = inside * (1.0 / (k * k));
            }
        }
        return light;
    }

    @Test
    void lettersAreLitAsTheDefinitionSays() {
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(20261128L);
        Rasterizer raster = new Rasterizer(20, 20, 8);
        int lit = 0;
        int full = 0;
        for (int n = 0; n < 400; n++) {
            Typeface face = n % 2 == 0 ? Typeface.FUTURAL : Typeface.TIMESR;
            Letter letter = new Letter(face, (char) ('A' + rng.nextInt(26)), 0.5 + 2 * rng.nextDouble());
            double turn = n % 3 == 0 ? 0 : 360 * rng.nextDouble() - 180;
            // sizes and places that cross the retina's edges too
            Ink ink = letter.ink(3 + 17 * rng.nextDouble(), turn).shifted(-4 + 24 * rng.nextDouble(), -4 + 24 * rng.nextDouble());
            double[] fast = raster.light(ink);
            assertArrayEquals(plain(ink, 20, 20, 8), fast, "card " + n);
            for (double v : fast) {
                lit += v > 0 ? 1 : 0;
                full += v == 1 ? 1 : 0;
            }
        }
        assertTrue(lit > 400 * 10, "the cards light something: " + lit);
        assertTrue(full > 400, "thick pens cover whole cells: " + full);
    }

    @Test
    void figuresAreLitAsTheDefinitionSays() {
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(1957L);
        Rasterizer raster = new Rasterizer(20, 20, 8);
        int edge = 0;
        for (int n = 0; n < 2000; n++) {
            Figure f = Figure.values()[n % Figure.values().length];
            double turn = n % 3 == 0 ? 0 : 360 * rng.nextDouble() - 180;
            // whole and half photocells as well as arbitrary places, so that edges lie on cell borders
            double x = n % 4 == 0 ? rng.nextInt(24) - 4 : n % 4 == 1 ? (rng.nextInt(48) - 8) / 2.0 : -4 + 24 * rng.nextDouble();
            double y = n % 4 == 0 ? rng.nextInt(24) - 4 : -4 + 24 * rng.nextDouble();
            double size = n % 5 == 0 ? 1 + rng.nextInt(16) : 1 + 16 * rng.nextDouble();
            Ink ink = f.ink(size, turn).shifted(x, y);
            double[] fast = raster.light(ink);
            assertArrayEquals(plain(ink, 20, 20, 8), fast, f + " card " + n);
            for (double v : fast) {
                edge += v > 0 && v < 1 ? 1 : 0;
            }
        }
        assertTrue(edge > 2000, "edges cross cells: " + edge);
        Ink square = Ink.of(Figure.SQUARE.outline(2, 3, 4));
        assertArrayEquals(plain(square, 20, 20, 8), raster.light(square));
    }

    @Test
    void anInkKeepsItsValuesInsideTheBoxItIsAskedAbout() {
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(7L);
        for (int n = 0; n < 200; n++) {
            Ink ink = new Letter(Typeface.TIMESR, (char) ('A' + rng.nextInt(26)), 1).ink(10, 0).shifted(5, 5);
            double x0 = 20 * rng.nextDouble();
            double y0 = 20 * rng.nextDouble();
            double w = 3 * rng.nextDouble();
            Ink near = ink.near(x0, y0, x0 + w, y0 + w);
            for (int p = 0; p < 50; p++) {
                double x = x0 + w * rng.nextDouble();
                double y = y0 + w * rng.nextDouble();
                assertTrue(ink.at(x, y) == near.at(x, y), "at (" + x + ", " + y + ")");
            }
        }
    }
}
