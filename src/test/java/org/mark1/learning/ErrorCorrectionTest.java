package org.mark1.learning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.mark1.machine.Answer;
import org.mark1.machine.Reinforcement;
import org.mark1.machine.SourceSets;

/**
 * Error correction on hand-made answers.
 * <pre>
 *   A-units 0..7 --pots--> R0 (pots 0-3), R1 (pots 4-7)
 * </pre>
 * Asserts: (1) a right R-unit's pots never move; (2) a wrong R-unit's active pots, and only they,
 * turn one quantum toward the wanted answer; (3) its threshold moves one step the other way, once
 * per presentation; (4) a tie is corrected.
 */
class ErrorCorrectionTest {

    private static final SourceSets SETS = SourceSets.evenSplit(8, 2);

    private static Answer answer(int[] active, int[] sums, int[] thresholds) {
        return new Answer(active, sums, thresholds, SETS);
    }

    @Test
    void aCorrectlyAnsweredStimulusNeverMovesAPot() {
        UniformRandomProvider r = RandomSource.XO_RO_SHI_RO_128_PP.create(99);
        LearningRule rule = new PotStepper(new ErrorCorrection(3));
        int checked = 0;
        for (int trial = 0; trial < 5000; trial++) {
            int[] active = java.util.stream.IntStream.range(0, 8).filter(i -> r.nextBoolean()).toArray();
            int[] sums = {r.nextInt(21) - 10, r.nextInt(21) - 10};
            int[] thresholds = {r.nextInt(7) - 3, r.nextInt(7) - 3};
            boolean[] wanted = {r.nextBoolean(), r.nextBoolean()};
            Answer a = answer(active, sums, thresholds);
            Reinforcement pulse = rule.reinforce(a, wanted);
            for (int k = 0; k < 2; k++) {
                final int rUnit = k;
                if (a.correct(rUnit, wanted[rUnit])) {
                    checked++;
                    assertTrue(Arrays.stream(pulse.pots()).noneMatch(p -> SETS.rUnitOf(p) == rUnit),
                            "a right R-unit's pots moved: " + Arrays.toString(pulse.pots()));
                    assertEquals(0, pulse.thresholdSteps()[rUnit]);
                }
            }
            if (a.correct(wanted)) {
                assertTrue(pulse.isEmpty());
            }
        }
        assertTrue(checked > 1000, "the property was exercised");
    }

    @Test
    void aWrongRUnitsActivePotsTurnOneQuantumTowardTheWantedAnswer() {
        // R0 wanted lit but dark (sum -2 <= 0); R1 right (wanted dark, sum -5 < 0).
        Answer a = answer(new int[] {1, 2, 5}, new int[] {-2, -5}, new int[] {0, 0});
        Reinforcement pulse = new PotStepper(new ErrorCorrection(2)).reinforce(a, new boolean[] {true, false});
        assertArrayEquals(new int[] {1, 2}, pulse.pots(), "only R0's active pots, not inactive 0 and 3, not R1's 5");
        assertArrayEquals(new int[] {2, 2}, pulse.steps());
        assertArrayEquals(new int[] {-1, 0}, pulse.thresholdSteps());
    }

    @Test
    void aFalseAlarmTurnsPotsDownAndRaisesTheThreshold() {
        // The threshold must move against the pots: a classic bug moves it the same way.
        Answer a = answer(new int[] {4, 6}, new int[] {0, 9}, new int[] {0, 0});
        Reinforcement pulse = new PotStepper(new ErrorCorrection(1)).reinforce(a, new boolean[] {false, false});
        assertArrayEquals(new int[] {4, 6}, pulse.pots());
        assertArrayEquals(new int[] {-1, -1}, pulse.steps());
        assertArrayEquals(new int[] {1, 1}, pulse.thresholdSteps(),
                "R0 tied at 0 (a mistake, with no active pot of its own) and R1 lit wrongly: both thresholds rise");
    }

    @Test
    void aTieIsCorrectedEvenWhenTheLampLooksRight() {
        Answer a = answer(new int[] {0}, new int[] {0, -1}, new int[] {0, 0});
        Reinforcement pulse = new PotStepper(new ErrorCorrection(1)).reinforce(a, new boolean[] {false, false});
        assertArrayEquals(new int[] {0}, pulse.pots());
        assertArrayEquals(new int[] {-1}, pulse.steps());
        assertArrayEquals(new int[] {1, 0}, pulse.thresholdSteps());
    }

    @Test
    void theThresholdMovesOneStepPerPresentationHoweverManyPotsMove() {
        int[] all = java.util.stream.IntStream.range(0, 8).toArray();
        Answer a = answer(all, new int[] {-100, 100}, new int[] {0, 0});
        Reinforcement pulse = new PotStepper(new ErrorCorrection(5)).reinforce(a, new boolean[] {true, false});
        assertEquals(8, pulse.pots().length);
        assertArrayEquals(new int[] {-1, 1}, pulse.thresholdSteps());
    }

    @Test
    void forcedTrainingReinforcesEvenARightAnswer() {
        Answer a = answer(new int[] {1, 5}, new int[] {10, -10}, new int[] {0, 0});
        boolean[] wanted = {true, false};
        assertTrue(a.correct(wanted));
        Reinforcement pulse = new PotStepper(new ForcedTraining(1)).reinforce(a, wanted);
        assertArrayEquals(new int[] {1, 5}, pulse.pots());
        assertArrayEquals(new int[] {1, -1}, pulse.steps());
        assertArrayEquals(new int[] {-1, 1}, pulse.thresholdSteps());
    }

    @Test
    void rulesAreNamedAsInScenarioFiles() {
        assertEquals("error-correction", Rules.ERROR_CORRECTION.id());
        assertTrue(((PotStepper) Rules.FORCED.create(1)).rule() instanceof ForcedTraining);
        assertTrue(((PotStepper) Rules.ERROR_CORRECTION.create(1)).rule() instanceof ErrorCorrection);
        assertEquals("sigmoid-ce", Rules.SIGMOID_CE.id());
    }
}
