package org.mark1.stimulus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** Placement laws over many seeded cards: regions hold their cards, fixed places and jitter hold, turns keep area. */
class LayoutTest {

    private static final Design[] DESIGNS = {Figure.SQUARE, Figure.CROSS, Figure.MARK, Figure.TRIANGLE,
        new Letter(Typeface.FUTURAL, 'W', 2), new Letter(Typeface.TIMESR, 'Q', 1.5)};

    @Test
    void everyCardStaysInsideItsRegion() {
        UniformRandomProvider r = RandomSource.XO_RO_SHI_RO_128_PP.create(11);
        Region[] regions = {Region.named("left-half"), Region.named("right-half"), Region.named("top-half"),
            Region.named("bottom-half"), Region.rectangle(3, 4, 9, 12)};
        for (int i = 0; i < 600; i++) {
            Region region = regions[i % regions.length];
            Rectangle2D box = region.on(20, 20);
            Design d = DESIGNS[r.nextInt(DESIGNS.length)];
            double max = 0.9 * Math.min(box.getWidth(), box.getHeight()) - (d instanceof Letter ? 3 : 0);
            Position p = r.nextBoolean() ? Position.RANDOM : Position.CENTRED;
            CardMaker maker = new CardMaker(20, 20, new Layout(region, p, 2, max, p == Position.RANDOM ? 0 : 2, 0, 0));
            Card s = maker.make(d, r);
            for (int cell = 0; cell < 400; cell++) {
                if (s.light()[cell] > 0) {
                    int row = cell / 20;
                    int col = cell % 20;
                    assertTrue(col >= Math.floor(box.getMinX()) && col < Math.ceil(box.getMaxX())
                            && row >= Math.floor(box.getMinY()) && row < Math.ceil(box.getMaxY()),
                            s.description() + " lights cell " + row + "," + col + " outside " + region.written());
                }
            }
            assertTrue(LetterTest.sum(s.light()) > 0, s.description());
        }
    }

    @Test
    void aFixedPlacePutsTheFiguresMiddleThereWithinItsJitter() {
        UniformRandomProvider r = RandomSource.XO_RO_SHI_RO_128_PP.create(12);
        for (int i = 0; i < 300; i++) {
            double size = 3 + 5 * r.nextDouble();
            double x = 5 + 10 * r.nextDouble();
            double y = 5 + 10 * r.nextDouble();
            double jitter = i % 2 == 0 ? 0 : r.nextDouble();
            CardMaker maker = new CardMaker(20, 20, new Layout(Region.WHOLE, Position.at(x, y), size, size, jitter, 0, 0));
            double[] c = centroid(maker.make(Figure.SQUARE, r).light());
            assertEquals(x, c[0], jitter + 0.13, "x of a square at " + x);
            assertEquals(y, c[1], jitter + 0.13, "y of a square at " + y);
        }
    }

    @Test
    void turningKeepsAFiguresAreaAndAQuarterTurnOfACentredSquareChangesNothing() {
        UniformRandomProvider r = RandomSource.XO_RO_SHI_RO_128_PP.create(13);
        for (int i = 0; i < 300; i++) {
            Figure f = Figure.values()[i % Figure.values().length];
            CardMaker upright = new CardMaker(20, 20, new Layout(Region.WHOLE, Position.CENTRED, 8, 8, 0, 0, 0));
            CardMaker turned = new CardMaker(20, 20, new Layout(Region.WHOLE, Position.CENTRED, 8, 8, 0, 180, 0));
            double a = LetterTest.sum(upright.make(f, r).light());
            Card t = turned.make(f, r);
            assertEquals(a, LetterTest.sum(t.light()), 0.08 * a + 1, t.description());
        }
        CardMaker exact = new CardMaker(20, 20, new Layout(Region.WHOLE, Position.CENTRED, 8, 8, 0, 0, 0));
        Rasterizer raster = new Rasterizer(20, 20, 8);
        double[] square = exact.make(Figure.SQUARE, r).light();
        double[] quarter = raster.light(Figure.SQUARE.ink(8, 90).shifted(6, 6));
        for (int i = 0; i < 400; i++) {
            assertEquals(square[i], quarter[i], 1e-9, "cell " + i);
        }
    }

    @Test
    void cardNoiseIsFixedByTheStreamStaysInRangeAndAveragesOut() {
        Layout clean = new Layout(Region.WHOLE, Position.CENTRED, 10, 10, 0, 0, 0);
        Layout noisy = new Layout(Region.WHOLE, Position.CENTRED, 10, 10, 0, 0, 0.1);
        double[] a = new CardMaker(20, 20, noisy).make(Figure.CIRCLE, RandomSource.XO_RO_SHI_RO_128_PP.create(5)).light();
        double[] b = new CardMaker(20, 20, noisy).make(Figure.CIRCLE, RandomSource.XO_RO_SHI_RO_128_PP.create(5)).light();
        double[] c = new CardMaker(20, 20, clean).make(Figure.CIRCLE, RandomSource.XO_RO_SHI_RO_128_PP.create(5)).light();
        assertArrayEquals(a, b);
        assertFalse(Arrays.equals(a, c));
        assertTrue(Arrays.stream(a).allMatch(v -> v >= 0 && v <= 1));
        double drift = 0;
        int n = 0;
        for (long seed = 1; seed <= 60; seed++) {
            double[] lit = new CardMaker(20, 20, noisy).make(Figure.CIRCLE, RandomSource.XO_RO_SHI_RO_128_PP.create(seed)).light();
            double[] plain = new CardMaker(20, 20, clean).make(Figure.CIRCLE, RandomSource.XO_RO_SHI_RO_128_PP.create(seed)).light();
            for (int i = 0; i < 400; i++) {
                if (plain[i] > 0.3 && plain[i] < 0.7) { // far from the clipping at 0 and 1
                    drift += lit[i] - plain[i];
                    n++;
                }
            }
        }
        assertTrue(n > 200, "enough half-lit cells: " + n);
        assertEquals(0, drift / n, 0.02, "noise on half-lit cells has no bias");
    }

    @Test
    void sameStreamSameCardsForEveryKindOfDesign() {
        Layout l = new Layout(Region.named("right-half"), Position.RANDOM, 3, 8, 0, 30, 0.05);
        for (Design d : DESIGNS) {
            UniformRandomProvider a = RandomSource.XO_RO_SHI_RO_128_PP.create(9);
            UniformRandomProvider b = RandomSource.XO_RO_SHI_RO_128_PP.create(9);
            for (int i = 0; i < 5; i++) {
                assertArrayEquals(new CardMaker(20, 20, l).make(d, a).light(), new CardMaker(20, 20, l).make(d, b).light());
            }
        }
    }

    private static double[] centroid(double[] light) {
        double sx = 0;
        double sy = 0;
        double s = 0;
        for (int i = 0; i < light.length; i++) {
            sx += light[i] * (i % 20 + 0.5);
            sy += light[i] * (i / 20 + 0.5);
            s += light[i];
        }
        return new double[] {sx / s, sy / s};
    }
}
