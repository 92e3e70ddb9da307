package org.mark1.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.mark1.TestConfigs;
import org.mark1.io.InputError;

class PlugboardTest {

    private static Plugboard board(MachineConfig c, long seed) {
        return Plugboard.random(c, RandomSource.XO_RO_SHI_RO_128_PP.create(seed));
    }

    @Test
    void eachAUnitGetsXExcitatoryAndYInhibitoryDistinctPhotocells() {
        MachineConfig c = MachineConfig.defaults();
        Plugboard b = board(c, 1);
        assertEquals(512, b.associationUnits());
        for (int a = 0; a < 512; a++) {
            assertEquals(c.excitatory(), b.excitatory(a).length);
            assertEquals(c.inhibitory(), b.inhibitory(a).length);
            Set<Integer> cells = new HashSet<>();
            Arrays.stream(b.excitatory(a)).forEach(cells::add);
            Arrays.stream(b.inhibitory(a)).forEach(cells::add);
            assertEquals(c.excitatory() + c.inhibitory(), cells.size(), "A-unit " + a + " plugs a cell twice");
            assertTrue(cells.stream().allMatch(x -> x >= 0 && x < 400));
        }
    }

    @Test
    void noPhotocellFeedsMoreThanFortyAUnitsEvenWhenTheLimitBinds() {
        // 512 units x 30 plugs = 15360 of 16000 sockets: the limit of 40 binds hard.
        MachineConfig c = TestConfigs.with("excitatory", 15, "inhibitory", 15);
        for (long seed = 0; seed < 20; seed++) {
            int[] fan = board(c, seed).fanOut();
            int max = Arrays.stream(fan).max().orElseThrow();
            assertTrue(max <= 40, "seed " + seed + ": a photocell feeds " + max + " A-units");
            assertEquals(512 * 30, Arrays.stream(fan).sum());
        }
        assertEquals(40, Arrays.stream(board(c, 0).fanOut()).max().orElseThrow(), "the limit is reached");
    }

    @Test
    void fanOutLimitIsHonouredForSmallLimitsToo() {
        MachineConfig c = TestConfigs.with("maxFanOut", 13, "excitatory", 5, "inhibitory", 5);
        for (long seed = 0; seed < 10; seed++) {
            assertTrue(Arrays.stream(board(c, seed).fanOut()).max().orElseThrow() <= 13);
        }
    }

    @Test
    void aBoardThatCannotBePluggedIsRefusedByTheConfig() {
        assertThrows(IllegalArgumentException.class, () -> TestConfigs.with("excitatory", 20, "inhibitory", 12));
    }

    @Test
    void sameSeedSameBoardOtherSeedOtherBoard() {
        MachineConfig c = MachineConfig.defaults();
        assertEquals(board(c, 5), board(c, 5));
        assertNotEquals(board(c, 5), board(c, 6));
    }

    @Test
    void wiringSheetRoundTrips() {
        MachineConfig c = MachineConfig.defaults();
        Plugboard b = board(c, 9);
        String csv = b.toCsv();
        assertTrue(csv.startsWith(Plugboard.CSV_HEADER + "\n"));
        assertEquals(512 * 10 + 1, csv.lines().count());
        assertEquals(b, Plugboard.fromCsv("w.csv", csv, c));
    }

    @Test
    void sheetLinesNameRowColumnAndSign() {
        MachineConfig c = MachineConfig.defaults();
        Plugboard b = board(c, 9);
        int cell = b.excitatory(0)[0];
        assertTrue(b.toCsv().contains("\n0," + cell / 20 + "," + cell % 20 + ",+\n"));
    }

    @Test
    void badSheetsAreRefusedWithTheirLine() {
        MachineConfig c = MachineConfig.defaults();
        String csv = board(c, 9).toCsv();
        String[] lines = csv.split("\n");
        InputError sign = assertThrows(InputError.class,
                () -> Plugboard.fromCsv("w.csv", csv.replaceFirst(",\\+\n", ",x\n"), c));
        assertTrue(sign.getMessage().startsWith("w.csv:2:1: sign 'x'"), sign.getMessage());
        InputError range = assertThrows(InputError.class,
                () -> Plugboard.fromCsv("w.csv", lines[0] + "\n0,20,0,+\n", c));
        assertTrue(range.getMessage().startsWith("w.csv:2:1: row 20 is out of range"), range.getMessage());
        InputError header = assertThrows(InputError.class, () -> Plugboard.fromCsv("w.csv", "x\n", c));
        assertTrue(header.getMessage().startsWith("w.csv:1:1:"), header.getMessage());
        InputError missing = assertThrows(InputError.class,
                () -> Plugboard.fromCsv("w.csv", String.join("\n", Arrays.copyOf(lines, lines.length - 1)), c));
        assertTrue(missing.getMessage().contains("A-unit 511 has 5 excitatory and 4 inhibitory"), missing.getMessage());
    }

    @Test
    void aSheetBeyondTheFanOutLimitIsRefused() {
        MachineConfig c = TestConfigs.with("associationUnits", 50, "excitatory", 1, "inhibitory", 0, "maxFanOut", 40);
        StringBuilder b = new StringBuilder(Plugboard.CSV_HEADER + "\n");
        for (int a = 0; a < 50; a++) {
            b.append(a).append(",0,0,+\n");
        }
        InputError e = assertThrows(InputError.class, () -> Plugboard.fromCsv("w.csv", b.toString(), c));
        assertTrue(e.getMessage().startsWith("w.csv:42:1: photocell (0,0) feeds more than maxFanOut = 40"), e.getMessage());
    }
}
