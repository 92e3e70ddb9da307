package org.mark1.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mark1.TestConfigs;
import org.mark1.learning.Rules;
import org.mark1.machine.MachineConfig;
import org.mark1.machine.MarkOne;
import org.mark1.machine.RandomStreams;

/** The ideal weight mode against the hardware one. */
class IdealTrainerTest {

    @Test
    void wholeStepRulesAgreeWithThePotsWhileNoEndStopIsReached() {
        // The alpha system asks whole steps: real weights and pots are the same numbers, as long as
        // no pot meets an end stop (here a million steps away).
        MachineConfig c = TestConfigs.with("potSteps", 1_000_000);
        for (Rules id : new Rules[] {Rules.ERROR_CORRECTION, Rules.FORCED, Rules.HEBB}) {
            for (long seed = 1; seed <= 2; seed++) {
                MarkOne pots = new MarkOne(c, 1, new RandomStreams(seed));
                MarkOne reals = new MarkOne(c, 1, new RandomStreams(seed));
                Trainer hardware = new Trainer(pots, id.create(1));
                IdealTrainer ideal = new IdealTrainer(reals, id.onMachine(1));
                int wrong = 0;
                for (Presentation p : SessionTest.stimuli(200, seed)) {
                    TrialResult a = hardware.present(p);
                    TrialResult b = ideal.present(p);
                    assertEquals(a.correct(), b.correct(), id + " seed " + seed + " trial " + a.trial());
                    wrong += a.correct() ? 0 : 1;
                }
                for (int i = 0; i < 512; i++) {
                    assertEquals(pots.pots().position(i), ideal.unit(0).weights()[i], 0.0, id + " pot " + i);
                }
                assertEquals(pots.responseUnits().threshold(0), ideal.unit(0).threshold(), 0.0);
                assertTrue(wrong > 0);
            }
        }
    }

    @Test
    void idealWeightsHaveNoEndStops() {
        // Hebb on a machine whose pots stop at 4 steps: the pots rest there, the real weights go on.
        MachineConfig c = TestConfigs.with("potSteps", 4, "initialSpread", 0);
        MarkOne pots = new MarkOne(c, 1, new RandomStreams(2));
        MarkOne reals = new MarkOne(c, 1, new RandomStreams(2));
        Trainer hardware = new Trainer(pots, Rules.HEBB.create(1));
        IdealTrainer ideal = new IdealTrainer(reals, Rules.HEBB.onMachine(1));
        for (Presentation p : SessionTest.stimuli(300, 2)) {
            hardware.present(p);
            ideal.present(p);
        }
        double largest = 0;
        for (double w : ideal.unit(0).weights()) {
            largest = Math.max(largest, Math.abs(w));
        }
        assertTrue(largest > 4, "real weights beyond the end stops: " + largest);
        assertTrue(pots.pots().atEndStops() > 0);
        assertTrue(java.util.Arrays.stream(pots.pots().positions()).allMatch(p -> Math.abs(p) <= 4));
    }
}
