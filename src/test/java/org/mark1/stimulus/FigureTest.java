package org.mark1.stimulus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class FigureTest {

    private static final Rasterizer RASTER = new Rasterizer(20, 20, 8);

    @Test
    void aSquareOnTheGridLightsItsCellsFullyAndNothingElse() {
        double[] light = RASTER.light(Figure.SQUARE.outline(2, 3, 4));
        for (int r = 0; r < 20; r++) {
            for (int c = 0; c < 20; c++) {
                boolean inside = r >= 3 && r < 7 && c >= 2 && c < 6;
                assertEquals(inside ? 1.0 : 0.0, light[r * 20 + c], "cell " + r + "," + c);
            }
        }
    }

    @Test
    void aCellHalfCoveredGetsHalfTheLight() {
        double[] light = RASTER.light(Figure.SQUARE.outline(2.5, 3, 4));
        assertEquals(0.5, light[3 * 20 + 2], 1e-12);
        assertEquals(1.0, light[3 * 20 + 3], 1e-12);
        assertEquals(0.5, light[3 * 20 + 6], 1e-12);
    }

    @Test
    void theLightAddsUpToEachFiguresArea() {
        double s = 10;
        assertEquals(s * s, sum(RASTER.light(Figure.SQUARE.outline(3, 3, s))), 0.5);
        assertEquals(Math.PI * s * s / 4, sum(RASTER.light(Figure.CIRCLE.outline(3, 3, s))), 1.0);
        assertEquals(s * s / 2, sum(RASTER.light(Figure.TRIANGLE.outline(3, 3, s))), 1.0);
        assertEquals(s * s / 2, sum(RASTER.light(Figure.DIAMOND.outline(3, 3, s))), 1.0);
    }

    @Test
    void figuresAreDrawnWholeOnTheRetinaAtTheAskedSizes() {
        UniformRandomProvider r = RandomSource.XO_RO_SHI_RO_128_PP.create(6);
        CardMaker maker = maker(6, 12, Position.RANDOM, 0);
        for (int i = 0; i < 800; i++) {
            Figure f = Figure.values()[i % Figure.values().length];
            Card s = maker.make(f, r);
            assertEquals(f.id(), s.label());
            double area = sum(s.light());
            double side = Double.parseDouble(s.description().split(" ")[1]);
            assertTrue(side >= 6 && side <= 12, s.description());
            double expected = switch (f) {
                case SQUARE -> side * side;
                case CIRCLE -> Math.PI * side * side / 4;
                case TRIANGLE, DIAMOND, MARK -> side * side / 2;
                case HORIZONTAL_BAR, VERTICAL_BAR -> side * side / 4;
                case CROSS -> side * side * 7 / 16;
            };
            // thin figures have long edges for their area: sampling at 1/8 cell may miss a row of points along each
            double thin = switch (f) {
                case HORIZONTAL_BAR, VERTICAL_BAR, CROSS, MARK -> side / 8;
                default -> 0;
            };
            assertEquals(expected, area, 0.03 * expected + 0.5 + thin, "the whole figure is on the retina: " + s.description());
        }
    }

    @Test
    void centredFiguresStayWithinTheirJitter() {
        UniformRandomProvider r = RandomSource.XO_RO_SHI_RO_128_PP.create(2);
        CardMaker maker = maker(8, 8, Position.CENTRED, 1.0);
        for (int i = 0; i < 100; i++) {
            String[] at = maker.make(Figure.SQUARE, r).description().replaceAll("[(),]", "").split(" ");
            assertEquals(6.0, Double.parseDouble(at[3]), 1.0 + 1e-9);
            assertEquals(6.0, Double.parseDouble(at[4]), 1.0 + 1e-9);
        }
    }

    @Test
    void theSameStreamDrawsTheSameStimuli() {
        CardMaker maker = maker(5, 10, Position.RANDOM, 0);
        UniformRandomProvider a = RandomSource.XO_RO_SHI_RO_128_PP.create(9);
        UniformRandomProvider b = RandomSource.XO_RO_SHI_RO_128_PP.create(9);
        for (Figure f : Figure.values()) {
            assertArrayEquals(maker.make(f, a).light(), maker.make(f, b).light());
        }
    }

    static CardMaker maker(double min, double max, Position position, double jitter) {
        return new CardMaker(20, 20, new Layout(Region.WHOLE, position, min, max, jitter, 0, 0));
    }

    private static double sum(double[] light) {
        return Arrays.stream(light).sum();
    }
}
