package org.mark1.learning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.PermutationSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.mark1.TestConfigs;
import org.mark1.machine.Answer;
import org.mark1.machine.MachineConfig;
import org.mark1.machine.PotentiometerBank;
import org.mark1.machine.Reinforcement;
import org.mark1.machine.ResponseMode;
import org.mark1.machine.ResponseUnits;
import org.mark1.machine.SourceSets;

/**
 * Learning with several R-units, each seeing only its own source set (drawn at random, some A-units
 * feeding no lamp). Threshold lamps: Novikoff's bound per R-unit. Exclusive lamps: the multiclass
 * perceptron, whose bound comes from Kesler's construction: stack each R-unit's weights and bias
 * into one vector W; an example of class y against a rival j is the vector z with (x_S(y), 1) in
 * block y and -(x_S(j), 1) in block j; a mistake is W.z <= 0 and the update is W += z. So with a
 * unit U, U.z >= gamma for every (example, rival) and |z| <= R, the mistakes are at most (R/gamma)^2.
 */
class ExclusiveConvergenceTest {

    private record Example(int[] active, int label) {
    }

    private static MachineConfig config(int pots, int units, ResponseMode mode) {
        return TestConfigs.with("associationUnits", pots, "excitatory", 1, "inhibitory", 0, "aThreshold", 1,
                "responseUnits", units, "potSteps", 1_000_000, "initialSpread", 0, "responseThreshold", 0,
                "responseMode", mode.id());
    }

    /** Trains from zero until an error-free pass; returns each R-unit's mistakes (threshold) or the answer's (exclusive, [0]). */
    private static int[] train(List<Example> data, MachineConfig c, SourceSets sets, UniformRandomProvider order, int quantum) {
        PotentiometerBank bank = PotentiometerBank.centred(c);
        ResponseUnits r = new ResponseUnits(sets.rUnits(), c);
        LearningRule rule = new PotStepper(new ErrorCorrection(quantum));
        int[] seq = PermutationSampler.natural(data.size());
        int[] mistakes = new int[sets.rUnits()];
        for (int pass = 0; pass < 10_000; pass++) {
            PermutationSampler.shuffle(order, seq);
            int wrong = 0;
            for (int i : seq) {
                Example e = data.get(i);
                Answer a = r.answer(e.active(), bank, sets);
                boolean[] wanted = new boolean[sets.rUnits()];
                wanted[e.label()] = true;
                if (!a.correct(wanted)) {
                    wrong++;
                    if (c.responseMode() == ResponseMode.EXCLUSIVE) {
                        mistakes[0]++;
                    }
                }
                for (int u = 0; u < wanted.length && c.responseMode() == ResponseMode.THRESHOLD; u++) {
                    mistakes[u] += a.correct(u, wanted[u]) ? 0 : 1;
                }
                Reinforcement pulse = rule.reinforce(a, wanted);
                for (int k = 0; k < pulse.pots().length; k++) {
                    bank.turn(pulse.pots()[k], pulse.steps()[k]);
                }
                r.adjust(pulse);
            }
            if (wrong == 0) {
                return mistakes;
            }
        }
        throw new AssertionError("no error-free pass on a separable set");
    }

    /** A random direction per R-unit over its source set and its bias input: {@code u[r][k]}, k = set size is the bias. */
    private static double[][] directions(SourceSets sets, int[][] members, UniformRandomProvider rng) {
        double[][] u = new double[sets.rUnits()][];
        for (int r = 0; r < u.length; r++) {
            u[r] = new double[members[r].length + 1];
            for (int k = 0; k < u[r].length; k++) {
                u[r][k] = rng.nextDouble() * 2 - 1;
            }
        }
        return u;
    }

    private static double score(double[] u, int[] members, boolean[] on) {
        double s = u[members.length];
        for (int k = 0; k < members.length; k++) {
            s += on[members[k]] ? u[k] : 0;
        }
        return s;
    }

    private static int count(int[] members, boolean[] on) {
        return (int) Arrays.stream(members).filter(p -> on[p]).count();
    }

    private static int[][] members(SourceSets sets) {
        int[][] m = new int[sets.rUnits()][];
        for (int r = 0; r < m.length; r++) {
            final int unit = r;
            m[r] = java.util.stream.IntStream.range(0, sets.pots()).filter(p -> sets.rUnitOf(p) == unit).toArray();
        }
        return m;
    }

    @Test
    void exclusiveErrorCorrectionStaysWithinKeslersBoundOnRandomSeparableSets() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(1957);
        double tightest = 0;
        int runs = 0;
        for (int set = 0; set < 40; set++) {
            int units = 2 + rng.nextInt(4);
            int size = 4 + rng.nextInt(6);
            int pots = units * size + rng.nextInt(6);
            SourceSets sets = SourceSets.random(pots, units, size, rng);
            int[][] members = members(sets);
            double[][] u = directions(sets, members, rng);
            double norm = Math.sqrt(Arrays.stream(u).flatMapToDouble(Arrays::stream).map(v -> v * v).sum());
            List<Example> data = new ArrayList<>();
            double gamma = Double.MAX_VALUE;
            double r2 = 0;
            double density = 0.2 + 0.5 * rng.nextDouble();
            int tries = 0;
            while (data.size() < 12 * units && tries++ < 200_000) {
                boolean[] on = new boolean[pots];
                for (int p = 0; p < pots; p++) {
                    on[p] = rng.nextDouble() < density;
                }
                double[] s = new double[units];
                int y = 0;
                for (int r = 0; r < units; r++) {
                    s[r] = score(u[r], members[r], on);
                    y = s[r] > s[y] ? r : y;
                }
                double margin = Double.MAX_VALUE;
                double z2 = 0;
                for (int j = 0; j < units; j++) {
                    if (j != y) {
                        margin = Math.min(margin, (s[y] - s[j]) / norm);
                        z2 = Math.max(z2, count(members[y], on) + 1.0 + count(members[j], on) + 1.0);
                    }
                }
                if (margin < 0.15) {
                    continue; // keep a margin, so the bound is finite and has teeth
                }
                gamma = Math.min(gamma, margin);
                r2 = Math.max(r2, z2);
                final boolean[] lit = on;
                data.add(new Example(java.util.stream.IntStream.range(0, pots).filter(p -> lit[p]).toArray(), y));
            }
            double bound = r2 / (gamma * gamma);
            for (int order = 0; order < 3; order++) {
                int quantum = 1 + order * 4; // the bound holds for any step from zero weights
                int mistakes = train(data, config(pots, units, ResponseMode.EXCLUSIVE), sets, rng, quantum)[0];
                assertTrue(mistakes <= bound, "set " + set + ": " + mistakes + " mistakes > bound " + bound);
                tightest = Math.max(tightest, mistakes / bound);
                runs++;
            }
        }
        assertEquals(120, runs);
        assertTrue(tightest > 0.02, "the bound was approached, not vacuous: " + tightest);
    }

    @Test
    void thresholdErrorCorrectionStaysWithinNovikoffsBoundForEachRUnit() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(1962);
        double tightest = 0;
        for (int set = 0; set < 40; set++) {
            int units = 2 + rng.nextInt(4);
            int size = 4 + rng.nextInt(8);
            int pots = units * size + rng.nextInt(6);
            SourceSets sets = SourceSets.random(pots, units, size, rng);
            int[][] members = members(sets);
            double[][] u = directions(sets, members, rng);
            // Each R-unit its own two-class problem: lamp r is wanted when u_r.x > 0. The classes of the
            // data are the lamp patterns, so the threshold machine may light several lamps at once.
            List<boolean[]> patterns = new ArrayList<>();
            List<int[]> actives = new ArrayList<>();
            double[] gamma = new double[units];
            double[] r2 = new double[units];
            Arrays.fill(gamma, Double.MAX_VALUE);
            while (patterns.size() < 40) {
                boolean[] on = new boolean[pots];
                for (int p = 0; p < pots; p++) {
                    on[p] = rng.nextDouble() < 0.4;
                }
                boolean[] want = new boolean[units];
                boolean keep = true;
                for (int r = 0; r < units; r++) {
                    double s = score(u[r], members[r], on);
                    double n = Math.sqrt(Arrays.stream(u[r]).map(v -> v * v).sum());
                    keep &= Math.abs(s) / n >= 0.2;
                    want[r] = s > 0;
                }
                if (!keep) {
                    continue;
                }
                for (int r = 0; r < units; r++) {
                    double n = Math.sqrt(Arrays.stream(u[r]).map(v -> v * v).sum());
                    gamma[r] = Math.min(gamma[r], Math.abs(score(u[r], members[r], on)) / n);
                    r2[r] = Math.max(r2[r], count(members[r], on) + 1.0);
                }
                patterns.add(want);
                final boolean[] lit = on;
                actives.add(java.util.stream.IntStream.range(0, pots).filter(p -> lit[p]).toArray());
            }
            int[] mistakes = trainPatterns(actives, patterns, config(pots, units, ResponseMode.THRESHOLD), sets, rng);
            for (int r = 0; r < units; r++) {
                double bound = r2[r] / (gamma[r] * gamma[r]);
                assertTrue(mistakes[r] <= bound, "set " + set + " R-unit " + r + ": " + mistakes[r] + " > " + bound);
                tightest = Math.max(tightest, mistakes[r] / bound);
            }
        }
        assertTrue(tightest > 0.02, "the bound was approached, not vacuous: " + tightest);
    }

    private static int[] trainPatterns(List<int[]> actives, List<boolean[]> wanted, MachineConfig c, SourceSets sets,
            UniformRandomProvider order) {
        PotentiometerBank bank = PotentiometerBank.centred(c);
        ResponseUnits r = new ResponseUnits(sets.rUnits(), c);
        LearningRule rule = new PotStepper(new ErrorCorrection(1));
        int[] seq = PermutationSampler.natural(actives.size());
        int[] mistakes = new int[sets.rUnits()];
        for (int pass = 0; pass < 10_000; pass++) {
            PermutationSampler.shuffle(order, seq);
            int wrong = 0;
            for (int i : seq) {
                Answer a = r.answer(actives.get(i), bank, sets);
                for (int u = 0; u < mistakes.length; u++) {
                    mistakes[u] += a.correct(u, wanted.get(i)[u]) ? 0 : 1;
                }
                wrong += a.correct(wanted.get(i)) ? 0 : 1;
                Reinforcement pulse = rule.reinforce(a, wanted.get(i));
                for (int k = 0; k < pulse.pots().length; k++) {
                    bank.turn(pulse.pots()[k], pulse.steps()[k]);
                }
                r.adjust(pulse);
            }
            if (wrong == 0) {
                return mistakes;
            }
        }
        throw new AssertionError("no error-free pass on a separable set");
    }

    @Test
    void aWrongExclusiveAnswerTurnsTheWantedUnitUpAndTheWinnerDownAndNothingElse() {
        SourceSets sets = SourceSets.evenSplit(12, 3); // pots 0-3, 4-7, 8-11
        LearningRule rule = new PotStepper(new ErrorCorrection(2));
        int[] active = {1, 2, 5, 9, 10};
        // excesses 1, 6, 3: unit 1 wins, unit 0 was wanted
        Answer a = new Answer(active, new int[] {3, 6, 3}, new int[] {2, 0, 0}, sets, ResponseMode.EXCLUSIVE);
        Reinforcement p = rule.reinforce(a, new boolean[] {true, false, false});
        assertArrayEquals(new int[] {1, 2, 5}, p.pots());
        assertArrayEquals(new int[] {2, 2, -2}, p.steps());
        assertArrayEquals(new int[] {-1, 1, 0}, p.thresholdSteps());
        Answer right = new Answer(active, new int[] {9, 6, 3}, new int[] {2, 0, 0}, sets, ResponseMode.EXCLUSIVE);
        assertTrue(rule.reinforce(right, new boolean[] {true, false, false}).isEmpty(), "a right answer moves nothing");
        Answer tie = new Answer(active, new int[] {6, 6, 3}, new int[] {0, 0, 0}, sets, ResponseMode.EXCLUSIVE);
        Reinforcement t = rule.reinforce(tie, new boolean[] {true, false, false});
        assertArrayEquals(new int[] {-1, 1, 0}, t.thresholdSteps(), "a tie with the wanted unit is a mistake");
        assertThrows(IllegalArgumentException.class, () -> rule.reinforce(a, new boolean[] {true, true, false}));
    }

    @Test
    void forcedTrainingUnderExclusiveUnitsTurnsTheWantedUpAndTheRivalDownEveryTime() {
        SourceSets sets = SourceSets.evenSplit(6, 2);
        LearningRule rule = new PotStepper(new ForcedTraining(1));
        Answer right = new Answer(new int[] {0, 4}, new int[] {9, 1}, new int[2], sets, ResponseMode.EXCLUSIVE);
        Reinforcement p = rule.reinforce(right, new boolean[] {true, false});
        assertArrayEquals(new int[] {0, 4}, p.pots());
        assertArrayEquals(new int[] {1, -1}, p.steps());
    }
}
