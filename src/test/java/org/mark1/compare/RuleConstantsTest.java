package org.mark1.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.mark1.experiment.Experiment;
import org.mark1.experiment.Progress;
import org.mark1.io.InputError;
import org.mark1.learning.Rules;
import org.mark1.learning.UnitRule;
import org.mark1.learning.UnitStep;
import org.mark1.machine.RandomStreams;
import org.mark1.scenario.Scenario;
import org.mark1.scenario.ScenarioLoader;

/**
 * Every rule's constants are scenario keys, and at their defaults the gradient rules move the pots:
 * <ol>
 *   <li>on the flagship, lms, sigmoid and sigmoid-ce at their default rates turn pots within 360
 *       presentations, where a rate a hundred times smaller turns fewer;</li>
 *   <li>{@code --set training.rate} and {@code training.gain} reach the rule; a rule without them refuses them;</li>
 *   <li>{@code stepsPerReinforcement} scales a gradient rule's step as it scales the alpha system's.</li>
 * </ol>
 */
class RuleConstantsTest {

    private static Scenario flagship(String... settings) {
        return ScenarioLoader.withSettings(ScenarioLoader.builtIn("mark1-squares"), List.of(settings));
    }

    /** How many pots a run of {@code s} leaves away from where they started. */
    private static int potsTurned(Scenario s) {
        Experiment.Result r = Experiment.run(s, Experiment.Options.defaults(), Progress.NONE);
        int[] before = Experiment.machine(s, new RandomStreams(s.seed()), Experiment.Options.defaults()).pots().positions();
        int[] after = r.machine().pots().positions();
        int moved = 0;
        for (int i = 0; i < before.length; i++) {
            moved += before[i] != after[i] ? 1 : 0;
        }
        return moved;
    }

    @Test
    void theGradientRulesTurnPotsOnTheFlagshipAtTheirDefaults() {
        for (Rules rule : List.of(Rules.LMS, Rules.SIGMOID, Rules.SIGMOID_CE)) {
            Scenario s = flagship("training.rule=" + rule.id(), "training.maxPresentations=360");
            int atDefault = potsTurned(s);
            int slow = potsTurned(flagship("training.rule=" + rule.id(), "training.maxPresentations=360",
                    "training.rate=" + rule.defaultRate() / 100));
            assertTrue(atDefault >= 50, rule.id() + " turned " + atDefault + " pots in 360 presentations");
            assertTrue(slow < atDefault, rule.id() + ": a hundredth of the rate turned " + slow + ", the default " + atDefault);
        }
    }

    @Test
    void rateAndGainAreScenarioKeysOfTheRulesThatHaveThem() {
        Scenario s = flagship("training.rule=sigmoid", "training.rate=2.5", "training.gain=0.2");
        assertEquals(2.5, s.training().learningRate());
        assertEquals(0.2, s.training().outputGain());
        Scenario d = flagship("training.rule=sigmoid");
        assertEquals(Rules.SIGMOID.defaultRate(), d.training().learningRate());
        assertEquals(Rules.MACHINE_GAIN, d.training().outputGain());
        InputError noRate = assertThrows(InputError.class, () -> flagship("training.rate=2"));
        assertTrue(noRate.getMessage().contains("has no learning rate"), noRate.getMessage());
        InputError noGain = assertThrows(InputError.class, () -> flagship("training.rule=mlp", "training.weights=ideal",
                "training.gain=2"));
        assertTrue(noGain.getMessage().contains("has no output gain"), noGain.getMessage());
        InputError negative = assertThrows(InputError.class, () -> flagship("training.rule=lms", "training.rate=-1"));
        assertTrue(negative.getMessage().startsWith("--set"), negative.getMessage());
    }

    @Test
    void stepsPerReinforcementScalesEveryRulesStep() {
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(15L);
        for (int c = 0; c < 200; c++) {
            double[] x = new double[1 + rng.nextInt(40)];
            for (int i = 0; i < x.length; i++) {
                x[i] = rng.nextBoolean() ? 1 : 0;
            }
            double net = rng.nextInt(41) - 20;
            boolean wanted = rng.nextBoolean();
            double rate = Math.pow(10, rng.nextDouble() * 4 - 2);
            int q = 2 + rng.nextInt(4);
            for (Rules rule : Rules.values()) {
                if (!rule.singleUnit()) {
                    continue;
                }
                UnitStep one = rule.onMachine(1, rate, 0.1).step(x, net, wanted);
                UnitStep many = rule.onMachine(q, rate, 0.1).step(x, net, wanted);
                for (int i = 0; i < x.length; i++) {
                    assertEquals(q * one.weights()[i], many.weights()[i], 1e-9 * (1 + Math.abs(many.weights()[i])), rule.id());
                }
            }
        }
    }

    @Test
    void theRateChangesWhatTheRuleAsks() {
        UnitRule slow = Rules.SIGMOID.onMachine(1, 1, 0.1);
        UnitRule fast = Rules.SIGMOID.onMachine(1, 100, 0.1);
        double[] x = {1, 0, 1};
        assertNotEquals(slow.step(x, -3, true).weights()[0], fast.step(x, -3, true).weights()[0]);
        assertEquals(100 * slow.step(x, -3, true).weights()[0], fast.step(x, -3, true).weights()[0], 1e-12);
    }
}
