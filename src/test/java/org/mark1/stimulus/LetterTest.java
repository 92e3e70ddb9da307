package org.mark1.stimulus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The letters of the shipped Hershey faces, printed with a round pen and measured as light. */
class LetterTest {

    private static final Rasterizer RASTER = new Rasterizer(20, 20, 8);

    @Test
    void bothFacesShipEveryCapitalAtTheSameHeight() {
        for (Typeface t : Typeface.values()) {
            assertEquals(21.0, t.capHeight(), t.id() + ": Hershey capitals are 21 units high");
            for (char c = 'A'; c <= 'Z'; c++) {
                Glyph g = t.glyph(c);
                assertFalse(g.strokes().isEmpty(), t.id() + " " + c);
                assertTrue(g.left() < 0 && g.right() > 0, t.id() + " " + c + " has spacing on both sides");
            }
        }
        assertThrows(IllegalArgumentException.class, () -> Typeface.FUTURAL.glyph('a'));
    }

    @Test
    void theGlyphFileFormatIsReadAsPenStrokes() {
        // "I[RFJ[ RRFZ[ RMTWT": left -9, right 9; strokes (0,-12)-(-8,9), (0,-12)-(8,9), (-5,2)-(5,2)
        Glyph a = Glyph.parse("12345  9I[RFJ[ RRFZ[ RMTWT");
        assertEquals(-9, a.left());
        assertEquals(9, a.right());
        assertEquals(3, a.strokes().size());
        assertTrue(Arrays.equals(new double[] {0, -12, -8, 9}, a.strokes().get(0)));
        assertTrue(Arrays.equals(new double[] {-5, 2, 5, 2}, a.strokes().get(2)));
        assertEquals(21.0, a.height());
        assertTrue(Typeface.FUTURAL.glyph('A').strokes().stream().map(Arrays::toString).toList()
                .equals(a.strokes().stream().map(Arrays::toString).toList()), "futural A is this glyph");
    }

    @Test
    void aSingleStrokeLetterHasTheAreaOfItsPenTrack() {
        // futural I: one vertical stroke; at size 14 with pen 2, a 14 x 2 band with two half-disc caps
        double[] light = RASTER.light(new Letter(Typeface.FUTURAL, 'I', 2).ink(14, 0).shifted(10, 10));
        assertEquals(14 * 2 + Math.PI, sum(light), 0.6);
    }

    @Test
    void everyLetterIsItsOwnCardInEachFaceAndTheFacesDiffer() {
        Set<String> seen = new HashSet<>();
        for (Typeface t : Typeface.values()) {
            for (char c = 'A'; c <= 'Z'; c++) {
                CardMaker maker = new CardMaker(20, 20, new Layout(Region.WHOLE, Position.CENTRED, 14, 14, 0, 0, 0));
                Card s = maker.make(new Letter(t, c, 2), org.apache.commons.rng.simple.RandomSource.XO_RO_SHI_RO_128_PP.create(1));
                double area = sum(s.light());
                assertTrue(area > 20 && area < 200, s.description() + " lights " + area);
                assertTrue(seen.add(pattern(s.light())), s.description() + " looks like another letter");
                assertTrue(s.label().equals(t.id() + " " + c));
            }
        }
    }

    @Test
    void aLetterTurnedKeepsItsAreaAndAWholeTurnGivesItBack() {
        var rng = org.apache.commons.rng.simple.RandomSource.XO_RO_SHI_RO_128_PP.create(3);
        for (int i = 0; i < 200; i++) {
            Letter l = new Letter(Typeface.values()[i % 2], (char) ('A' + rng.nextInt(26)), 1 + rng.nextDouble() * 2);
            double degrees = rng.nextDouble() * 360;
            double upright = sum(RASTER.light(l.ink(10, 0).shifted(10, 10)));
            double turned = sum(RASTER.light(l.ink(10, degrees).shifted(10, 10)));
            assertEquals(upright, turned, 0.06 * upright + 1, l + " turned " + degrees);
            assertTrue(Arrays.equals(RASTER.light(l.ink(10, 0).shifted(10, 10)),
                    RASTER.light(l.ink(10, 360).shifted(10, 10))) || Math.abs(upright
                    - sum(RASTER.light(l.ink(10, 360).shifted(10, 10)))) < 0.1, l + " turned a whole turn");
        }
    }

    @Test
    void penWidthAndSizeMustBeSensible() {
        assertThrows(IllegalArgumentException.class, () -> new Letter(Typeface.TIMESR, 'A', 0));
        assertThrows(IllegalArgumentException.class, () -> new Letter(Typeface.TIMESR, '1', 2));
    }

    static String pattern(double[] light) {
        StringBuilder b = new StringBuilder();
        for (double l : light) {
            b.append(l > 0.5 ? '#' : '.');
        }
        return b.toString();
    }

    static double sum(double[] light) {
        return Arrays.stream(light).sum();
    }
}
