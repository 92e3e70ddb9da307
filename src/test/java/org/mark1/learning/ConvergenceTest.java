package org.mark1.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.PermutationSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.mark1.TestConfigs;
import org.mark1.machine.Answer;
import org.mark1.machine.MachineConfig;
import org.mark1.machine.PotentiometerBank;
import org.mark1.machine.ResponseUnits;
import org.mark1.machine.SourceSets;

/**
 * Novikoff (1962): on data separable with margin gamma by a unit vector u, with |x| <= R, the
 * perceptron makes at most (R / gamma)^2 mistakes from zero weights, in any order, the bias folded
 * into x as a constant input. Here x is the A-units' 0/1 output, the bias is the R-unit's adaptive
 * threshold, and the weights are the machine's own pots, moved by the machine's own rule.
 */
class ConvergenceTest {

    private record Example(int[] active, boolean wanted) {
    }

    /** Trains until an error-free pass; returns the number of mistakes made. */
    private static int train(List<Example> data, LearningRule rule, MachineConfig c, UniformRandomProvider order,
            int maxPasses) {
        PotentiometerBank bank = PotentiometerBank.centred(c);
        ResponseUnits r = new ResponseUnits(1, c);
        SourceSets sets = SourceSets.evenSplit(c.associationUnits(), 1);
        int[] seq = PermutationSampler.natural(data.size());
        int mistakes = 0;
        for (int pass = 0; pass < maxPasses; pass++) {
            PermutationSampler.shuffle(order, seq);
            int wrong = 0;
            for (int i : seq) {
                Example e = data.get(i);
                Answer a = r.answer(e.active(), bank, sets);
                boolean[] wanted = {e.wanted()};
                if (!a.correct(wanted)) {
                    wrong++;
                }
                var pulse = rule.reinforce(a, wanted);
                for (int k = 0; k < pulse.pots().length; k++) {
                    bank.turn(pulse.pots()[k], pulse.steps()[k]);
                }
                r.adjust(pulse);
            }
            mistakes += wrong;
            if (wrong == 0) {
                return mistakes;
            }
        }
        return mistakes;
    }

    @Test
    void noRunEverExceedsNovikoffsBoundOnRandomSeparableSets() {
        int n = 24;
        MachineConfig c = TestConfigs.with("associationUnits", n, "excitatory", 1, "inhibitory", 0, "aThreshold", 1,
                "responseUnits", 1, "potSteps", 1_000_000, "initialSpread", 0, "responseThreshold", 0);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(2024);
        int runs = 0;
        double tightest = 0;
        for (int set = 0; set < 60; set++) {
            // A random separating direction u over the n inputs and the constant bias input.
            double[] u = new double[n + 1];
            double norm = 0;
            for (int i = 0; i <= n; i++) {
                u[i] = rng.nextDouble() * 2 - 1;
                norm += u[i] * u[i];
            }
            norm = Math.sqrt(norm);
            double density = 0.2 + 0.5 * rng.nextDouble();
            List<Example> data = new ArrayList<>();
            double gamma = Double.MAX_VALUE;
            double r2 = 0;
            while (data.size() < 40) {
                List<Integer> on = new ArrayList<>();
                double dot = u[n]; // the bias input is always 1
                for (int i = 0; i < n; i++) {
                    if (rng.nextDouble() < density) {
                        on.add(i);
                        dot += u[i];
                    }
                }
                double margin = Math.abs(dot) / norm;
                if (margin < 0.25) {
                    continue; // keep a margin, so the bound is finite and has teeth
                }
                gamma = Math.min(gamma, margin);
                r2 = Math.max(r2, on.size() + 1.0);
                data.add(new Example(on.stream().mapToInt(Integer::intValue).toArray(), dot > 0));
            }
            double bound = r2 / (gamma * gamma);
            for (int order = 0; order < 3; order++) {
                int mistakes = train(data, new PotStepper(new ErrorCorrection(1)), c, rng, 100_000);
                assertTrue(mistakes <= bound, "set " + set + ": " + mistakes + " mistakes > bound " + bound);
                tightest = Math.max(tightest, mistakes / bound);
                runs++;
            }
        }
        assertEquals(180, runs);
        assertTrue(tightest > 0.05, "the bound was approached, not vacuous: " + tightest);
    }

    @Test
    void theBoundHoldsForAnyQuantumFromZero() {
        int n = 12;
        MachineConfig c = TestConfigs.with("associationUnits", n, "excitatory", 1, "inhibitory", 0,
                "responseUnits", 1, "potSteps", 1_000_000, "initialSpread", 0, "responseThreshold", 0);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(7);
        // Separable by "unit 0 is on": u = e_0 - 0.5 e_bias; margin 0.5 / |u|.
        List<Example> data = new ArrayList<>();
        for (int k = 0; k < 30; k++) {
            int[] active = java.util.stream.IntStream.range(0, n).filter(i -> rng.nextBoolean()).toArray();
            data.add(new Example(active, active.length > 0 && active[0] == 0));
        }
        double gamma = 0.5 / Math.sqrt(1.25);
        double bound = (n + 1) / (gamma * gamma);
        for (int q : new int[] {1, 3, 50}) {
            int mistakes = train(data, new PotStepper(new ErrorCorrection(q)), c, rng, 100_000);
            assertTrue(mistakes <= bound, "quantum " + q + ": " + mistakes + " > " + bound);
        }
    }
}
