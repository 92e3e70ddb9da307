package org.mark1.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.mark1.TestConfigs;
import org.mark1.io.InputError;

class PotentiometerBankTest {

    @Test
    void aPotTurnedPastItsEndStopStaysThere() {
        PotentiometerBank bank = PotentiometerBank.centred(TestConfigs.with("potSteps", 5, "initialSpread", 0));
        assertEquals(3, bank.turn(0, 3));
        assertEquals(2, bank.turn(0, 4), "only two steps remain before the stop");
        assertEquals(5, bank.position(0));
        assertEquals(0, bank.turn(0, 1));
        assertEquals(-10, bank.turn(0, -12));
        assertEquals(-5, bank.position(0));
        assertEquals(1, bank.atEndStops());
    }

    @Test
    void potsDoNotAllStartPositive() {
        // A classic bug: weights initialised in [0, 1). Ours are symmetric about the centre.
        MachineConfig c = MachineConfig.defaults();
        for (long seed = 0; seed < 20; seed++) {
            int[] p = PotentiometerBank.random(c, RandomSource.XO_RO_SHI_RO_128_PP.create(seed)).positions();
            long neg = Arrays.stream(p).filter(x -> x < 0).count();
            long pos = Arrays.stream(p).filter(x -> x > 0).count();
            assertTrue(neg > 180 && pos > 180, "seed " + seed + ": " + neg + " negative, " + pos + " positive");
            assertTrue(Math.abs(Arrays.stream(p).average().orElseThrow()) < 1.0, "mean near the centre");
            assertTrue(Arrays.stream(p).allMatch(x -> Math.abs(x) <= c.initialSpread()));
            assertEquals(c.initialSpread(), Arrays.stream(p).max().orElseThrow());
            assertEquals(-c.initialSpread(), Arrays.stream(p).min().orElseThrow());
        }
    }

    @Test
    void voltsFollowTheEndStopVoltage() {
        MachineConfig c = MachineConfig.defaults();
        PotentiometerBank bank = PotentiometerBank.centred(c);
        bank.set(3, c.potSteps());
        assertEquals(11.0, bank.volts(3), 1e-12);
        bank.set(3, -c.potSteps() / 2);
        assertEquals(-5.5, bank.volts(3), 1e-12);
    }

    @Test
    void savedSettingLoadsBackExactly() {
        MachineConfig c = MachineConfig.defaults();
        PotentiometerBank bank = PotentiometerBank.random(c, RandomSource.XO_RO_SHI_RO_128_PP.create(4));
        bank.set(7, 100);
        bank.set(8, -100);
        PotentiometerBank back = PotentiometerBank.fromCsv("p.csv", bank.toCsv(), c);
        assertEquals(bank, back);
        assertEquals(bank.toCsv(), back.toCsv());
    }

    @Test
    void badPotSheetsAreRefusedWithTheirLine() {
        MachineConfig c = MachineConfig.defaults();
        String csv = PotentiometerBank.centred(c).toCsv();
        InputError beyond = assertThrows(InputError.class,
                () -> PotentiometerBank.fromCsv("p.csv", csv.replaceFirst("\n0,0,", "\n0,101,"), c));
        assertTrue(beyond.getMessage().startsWith("p.csv:2:1: position 101 lies beyond the end stops"), beyond.getMessage());
        InputError missing = assertThrows(InputError.class,
                () -> PotentiometerBank.fromCsv("p.csv", csv.replaceFirst("\n5,0,0.0000", ""), c));
        assertTrue(missing.getMessage().contains("pot 5 is missing"), missing.getMessage());
        InputError twice = assertThrows(InputError.class,
                () -> PotentiometerBank.fromCsv("p.csv", csv.replaceFirst("\n5,0,", "\n4,0,"), c));
        assertTrue(twice.getMessage().contains("pot 4 appears twice"), twice.getMessage());
    }

    @Test
    void settingAPositionBeyondTheStopsIsAProgrammingError() {
        PotentiometerBank bank = PotentiometerBank.centred(MachineConfig.defaults());
        assertThrows(IllegalArgumentException.class, () -> bank.set(0, 101));
    }
}
