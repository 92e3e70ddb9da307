package org.mark1.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.mark1.TestConfigs;

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
    void settingAPositionBeyondTheStopsIsAProgrammingError() {
        PotentiometerBank bank = PotentiometerBank.centred(MachineConfig.defaults());
        assertThrows(IllegalArgumentException.class, () -> bank.set(0, 101));
    }
}
