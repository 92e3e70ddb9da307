package org.mark1.learning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.mark1.TestConfigs;
import org.mark1.machine.Answer;
import org.mark1.machine.MachineConfig;
import org.mark1.machine.PotentiometerBank;
import org.mark1.machine.Reinforcement;
import org.mark1.machine.ResponseUnits;
import org.mark1.machine.SourceSets;

/**
 * The hardware weight mode: real asks become whole motor steps, and the pots follow the real rule.
 * <pre>
 *   A-units 0..n-1 --pots--> R0        (one source set)
 * </pre>
 */
class PotStepperTest {

    @Test
    void fractionsOfAStepAccumulateByHand() {
        // Gamma on a set of 5 with units 0 and 1 firing, wrong each time: asks +0.6 (active) and
        // -0.4 (silent) per presentation, which sum to 0; the whole steps must too (largest remainder).
        // 1: totals .6 .6 -.4 -.4 -.4, floors 0 0 -1 -1 -1 (sum -3): the 3 largest fractions (all .6,
        //    ties to the lower pot) take one more: 1 1 0 -1 -1, remainders -.4 -.4 -.4 .6 .6.
        // 2: totals .2 .2 -.8 .2 .2, floors 0 0 -1 0 0 (sum -1): pot 0 takes one more: 1 0 -1 0 0.
        // 3: totals -.2 .8 -.2 -.2 -.2, floors -1 0 -1 -1 -1 (sum -4): pots 0-3 take one: 0 1 0 0 -1.
        SourceSets sets = SourceSets.evenSplit(5, 1);
        PotStepper stepper = new PotStepper(new GammaSystem(1, 1));
        int[] pots = new int[5];
        int[][] expected = {{1, 1, 0, -1, -1}, {1, 0, -1, 0, 0}, {0, 1, 0, 0, -1}};
        for (int k = 0; k < 3; k++) {
            Reinforcement pulse = stepper.reinforce(new Answer(new int[] {0, 1}, new int[] {-5}, new int[] {0}, sets),
                    new boolean[] {true});
            int[] turned = new int[5];
            for (int i = 0; i < pulse.pots().length; i++) {
                turned[pulse.pots()[i]] = pulse.steps()[i];
                pots[pulse.pots()[i]] += pulse.steps()[i];
            }
            assertArrayEquals(expected[k], turned, "presentation " + k);
            assertEquals(-1, pulse.thresholdSteps()[0]);
        }
        assertArrayEquals(new int[] {2, 2, -1, -1, -2}, pots);
        assertEquals(-0.2, stepper.remainders().pots()[0], 1e-12);
        assertEquals(0.8, stepper.remainders().pots()[4], 1e-12);
    }

    @Test
    void wholeNumberAsksLeaveNoRemainder() {
        SourceSets sets = SourceSets.evenSplit(8, 2);
        PotStepper stepper = new PotStepper(new ErrorCorrection(3));
        Reinforcement pulse = stepper.reinforce(new Answer(new int[] {1, 2, 5}, new int[] {0, 4}, new int[] {0, 0}, sets),
                new boolean[] {true, false});
        assertArrayEquals(new int[] {1, 2, 5}, pulse.pots());
        assertArrayEquals(new int[] {3, 3, -3}, pulse.steps());
        assertTrue(java.util.Arrays.stream(stepper.remainders().pots()).allMatch(v -> v == 0.0));
    }

    /**
     * Over many presentations each pot stays within half a step of where the sum of the rule's asks
     * would put it (the same answers in both), for every rule, away from the end stops; within one
     * step for the gamma system, whose every pulse sums to zero.
     */
    @Test
    void overManyPresentationsThePotsFollowTheRealValuedRule() {
        int n = 40;
        MachineConfig c = TestConfigs.with("associationUnits", n, "excitatory", 1, "inhibitory", 0, "responseUnits", 1,
                "potSteps", 1_000_000, "initialSpread", 0, "responseThreshold", 0);
        for (Rules id : Rules.values()) {
            if (!id.singleUnit()) {
                continue;
            }
            UniformRandomProvider r = RandomSource.XO_RO_SHI_RO_128_PP.create(7 + id.ordinal());
            PotentiometerBank bank = PotentiometerBank.centred(c);
            ResponseUnits units = new ResponseUnits(1, c);
            SourceSets sets = SourceSets.evenSplit(n, 1);
            UnitRule rule = id.onMachine(1);
            PotStepper stepper = new PotStepper(rule);
            double[] asked = new double[n];
            double askedTheta = c.responseThreshold();
            int moves = 0;
            for (int k = 0; k < 3000; k++) {
                int[] active = java.util.stream.IntStream.range(0, n).filter(i -> r.nextInt(4) == 0).toArray();
                boolean wanted = active.length > 0 && active[0] < n / 3; // a learnable rule
                Answer a = units.answer(active, bank, sets);
                double[] x = new double[n];
                for (int i : active) {
                    x[i] = 1;
                }
                UnitStep real = rule.step(x, a.sums()[0] - (double) a.thresholds()[0], wanted);
                for (int i = 0; i < n; i++) {
                    asked[i] += real.weights()[i];
                }
                askedTheta += real.threshold();
                Reinforcement pulse = stepper.reinforce(a, new boolean[] {wanted});
                for (int i = 0; i < pulse.pots().length; i++) {
                    bank.turn(pulse.pots()[i], pulse.steps()[i]);
                    moves++;
                }
                if (rule.conserving()) {
                    assertEquals(0, java.util.Arrays.stream(pulse.steps()).sum(), id + " pulse " + k + " sums to zero");
                }
                units.adjust(pulse);
                double bound = rule.conserving() ? 1 : 0.5;
                for (int i = 0; i < n; i++) {
                    assertTrue(Math.abs(bank.position(i) - asked[i]) < bound + 1e-9,
                            id + " pot " + i + " at " + bank.position(i) + ", rule asked " + asked[i]);
                }
                assertTrue(Math.abs(units.threshold(0) - askedTheta) <= 0.5 + 1e-9, id + " threshold");
            }
            assertTrue(moves > 0, id + " moved pots");
        }
    }

    @Test
    void hardwareLmsEndsNearIdealLms() {
        // Same inputs; hardware follows its own answers, ideal its own: both settle near the LMS solution.
        int n = 30;
        MachineConfig c = TestConfigs.with("associationUnits", n, "excitatory", 1, "inhibitory", 0, "responseUnits", 1,
                "potSteps", 1000, "initialSpread", 0, "responseThreshold", 0);
        UniformRandomProvider r = RandomSource.XO_RO_SHI_RO_128_PP.create(1960);
        PotentiometerBank bank = PotentiometerBank.centred(c);
        ResponseUnits units = new ResponseUnits(1, c);
        SourceSets sets = SourceSets.evenSplit(n, 1);
        UnitRule rule = Rules.LMS.onMachine(1);
        PotStepper stepper = new PotStepper(rule);
        RealWeights ideal = new RealWeights(new double[n], 0, c.potSteps());
        for (int k = 0; k < 20_000; k++) {
            int[] active = java.util.stream.IntStream.range(0, n).filter(i -> r.nextInt(5) == 0).toArray();
            boolean wanted = active.length > 0 && active[0] < n / 2;
            double[] x = new double[n];
            for (int i : active) {
                x[i] = 1;
            }
            ideal.learn(rule, x, wanted);
            Reinforcement pulse = stepper.reinforce(units.answer(active, bank, sets), new boolean[] {wanted});
            for (int i = 0; i < pulse.pots().length; i++) {
                bank.turn(pulse.pots()[i], pulse.steps()[i]);
            }
            units.adjust(pulse);
        }
        double spread = 0;
        double gap = 0;
        for (int i = 0; i < n; i++) {
            gap += Math.abs(bank.position(i) - ideal.weights()[i]) / n;
            spread += Math.abs(ideal.weights()[i]) / n;
        }
        assertTrue(spread > 0.3, "the weights learned something: mean |w| " + spread);
        assertTrue(gap < 0.25, "mean distance (at most half a step, one rounding)  hardware to ideal " + gap + " steps, weights " + spread);
    }
}
