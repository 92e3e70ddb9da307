package org.mark1.stimulus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** Pattern cards: every card satisfies its class's predicate, the same stream gives the same cards, pieces are counted right. */
class CellPatternTest {

    private static BitSet lit(double[] light) {
        BitSet b = new BitSet(light.length);
        for (int i = 0; i < light.length; i++) {
            assertTrue(light[i] == 0.0 || light[i] == 1.0, "a cell is lit fully or not at all");
            b.set(i, light[i] == 1.0);
        }
        return b;
    }

    private static CellPattern dots(int min, int max, Region region, CellPattern.Parity parity, Boolean connected,
            Integer connectivity) {
        return new CellPattern(new CellPattern.Dots(new CellPattern.Count(min, max), region), null, parity, connected,
                connectivity);
    }

    @Test
    void everyCardOfRandomDotsSatisfiesItsPredicateAndStaysInItsRegion() {
        UniformRandomProvider seeds = RandomSource.XO_RO_SHI_RO_128_PP.create(8L);
        Region square = Region.rectangle(6, 6, 8, 8);
        for (int trial = 0; trial < 40; trial++) {
            CellPattern.Parity parity = trial % 3 == 0 ? null : CellPattern.Parity.values()[trial % 2];
            Boolean connected = trial % 3 == 0 ? trial % 2 == 0 : null;
            Integer connectivity = connected == null ? null : (trial % 4 < 2 ? 4 : 8);
            CellPattern p = connected == null ? dots(1, 20, Region.WHOLE, parity, null, null)
                    : dots(40, 52, square, null, connected, connectivity);
            CellPatternMaker maker = new CellPatternMaker(20, 20, p);
            UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seeds.nextLong());
            for (int i = 0; i < 50; i++) {
                BitSet b = lit(maker.make(i, rng).light());
                assertTrue(p.accepts(b, 20, 20), p.describe());
                if (parity != null) {
                    assertEquals(parity == CellPattern.Parity.EVEN, b.cardinality() % 2 == 0);
                }
                if (connected != null) {
                    assertEquals(connected, CellPattern.pieces(b, 20, 20, connectivity) == 1);
                    b.stream().forEach(c -> assertTrue(c / 20 >= 6 && c / 20 < 14 && c % 20 >= 6 && c % 20 < 14, "cell " + c));
                }
                assertTrue(b.cardinality() >= p.dots().count().min() && b.cardinality() <= p.dots().count().max());
            }
        }
    }

    @Test
    void theSameStreamGivesTheSameCards() {
        CellPattern p = dots(3, 30, Region.named("left-half"), CellPattern.Parity.ODD, null, null);
        CellPatternMaker maker = new CellPatternMaker(20, 20, p);
        for (long seed = 0; seed < 10; seed++) {
            UniformRandomProvider a = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
            UniformRandomProvider b = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
            for (int i = 0; i < 20; i++) {
                assertArrayEquals(maker.make(i, a).light(), maker.make(i, b).light());
            }
        }
    }

    @Test
    void twoNamedCellsGiveTheFourCardsOfXor() {
        List<List<Integer>> cells = List.of(List.of(9, 9), List.of(9, 10));
        CellPattern odd = new CellPattern(null, cells, CellPattern.Parity.ODD, null, null);
        CellPattern even = new CellPattern(null, cells, CellPattern.Parity.EVEN, null, null);
        Set<BitSet> oddCards = new CellPatternMaker(20, 20, odd).namedCards().stream().collect(Collectors.toSet());
        Set<BitSet> evenCards = new CellPatternMaker(20, 20, even).namedCards().stream().collect(Collectors.toSet());
        BitSet one = new BitSet();
        one.set(189);
        BitSet other = new BitSet();
        other.set(190);
        BitSet both = new BitSet();
        both.set(189, 191);
        assertEquals(Set.of(one, other), oddCards, "exactly one of the two cells lit");
        assertEquals(Set.of(new BitSet(), both), evenCards, "neither, or both");
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(1L);
        CellPatternMaker maker = new CellPatternMaker(20, 20, odd);
        assertEquals(one, lit(maker.make(0, rng).light()), "the cards in turn");
        assertEquals(other, lit(maker.make(1, rng).light()));
        assertEquals(one, lit(maker.make(2, rng).light()));
    }

    @Test
    void piecesAreCountedUnderFourAndEightConnectivityOnRandomFigures() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(3L);
        for (int trial = 0; trial < 300; trial++) {
            int rows = 1 + rng.nextInt(8);
            int columns = 1 + rng.nextInt(8);
            BitSet b = new BitSet();
            for (int i = 0; i < rows * columns; i++) {
                b.set(i, rng.nextDouble() < 0.5);
            }
            int four = CellPattern.pieces(b, rows, columns, 4);
            int eight = CellPattern.pieces(b, rows, columns, 8);
            assertTrue(eight <= four, "joining corners never splits a piece");
            assertEquals(naivePieces(b, rows, columns, 4), four);
            assertEquals(naivePieces(b, rows, columns, 8), eight);
        }
        BitSet diagonal = new BitSet();
        diagonal.set(0);
        diagonal.set(4); // (0,0) and (1,1) on a 3-wide card
        assertEquals(2, CellPattern.pieces(diagonal, 3, 3, 4));
        assertEquals(1, CellPattern.pieces(diagonal, 3, 3, 8));
    }

    /** Pieces by repeated merging of labels (union by relabelling), independent of the stack search. */
    private static int naivePieces(BitSet b, int rows, int columns, int connectivity) {
        int[] label = new int[rows * columns];
        for (int i = 0; i < label.length; i++) {
            label[i] = b.get(i) ? i : -1;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < label.length; i++) {
                if (label[i] < 0) {
                    continue;
                }
                for (int j = 0; j < label.length; j++) {
                    int dr = Math.abs(i / columns - j / columns);
                    int dc = Math.abs(i % columns - j % columns);
                    boolean touch = connectivity == 4 ? dr + dc == 1 : Math.max(dr, dc) == 1;
                    if (touch && label[j] >= 0 && label[j] < label[i]) {
                        label[i] = label[j];
                        changed = true;
                    }
                }
            }
        }
        return (int) java.util.Arrays.stream(label).filter(l -> l >= 0).distinct().count();
    }

    /**
     * A count range is written min first, then max, in every JVM: manifests that quote a scenario are
     * byte-identical from one run to the next (written through Map.of, the order changed with the JVM's
     * hash salt, and a calibration's manifest.json came out with max before min one run in two).
     */
    @Test
    void aCountRangeIsWrittenMinThenMax() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (int min = 0; min < 30; min++) {
            int max = min + 1 + min % 7;
            assertEquals("{\"min\":" + min + ",\"max\":" + max + "}", json.writeValueAsString(new CellPattern.Count(min, max)));
        }
        assertEquals("5", json.writeValueAsString(new CellPattern.Count(5, 5)));
    }
}
