package org.mark1.experiment;

import org.mark1.scenario.LampCode;
import org.mark1.scenario.Scenario;
import org.mark1.scenario.ScenarioLoader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import org.junit.jupiter.api.Test;
import org.mark1.io.InputError;
import org.mark1.machine.RandomStreams;
import org.mark1.stimulus.CellPattern;

/**
 * The shipped scenarios of Minsky and Papert's predicates and of Rosenblatt's place limit: their
 * pattern cards and fresh placement as a scenario states them, their one-line errors, and parity's
 * errors that never reach zero.
 */
class PatternScenarioTest {

    static final String DOTS = """
            name: t
            seed: 5
            stimuli: {}
            classes:
              - name: odd
                pattern: {dots: {count: {min: 1, max: 9}}, parity: odd}
              - name: even
                pattern: {dots: {count: {min: 1, max: 9}}, parity: even}
            training:
              rule: error-correction
              examplesPerClass: 20
              maxPasses: 5
            evaluation:
              freshPerClass: 20
            """;

    private static String error(String yaml) {
        String m = assertThrows(InputError.class, () -> ScenarioLoader.parse("s.yaml", yaml)).getMessage();
        assertFalse(m.contains("\n"), m);
        assertTrue(m.matches("s\\.yaml:\\d+:\\d+: .*"), "file:line:col first: " + m);
        return m;
    }

    private static BitSet lit(double[] light) {
        BitSet b = new BitSet();
        for (int i = 0; i < light.length; i++) {
            b.set(i, light[i] > 0.5);
        }
        return b;
    }

    @Test
    void everyTrainingAndFreshCardOfAShippedPatternScenarioSatisfiesItsClass() {
        for (String name : new String[] {"minsky-papert-parity", "connectedness"}) {
            Scenario s = ScenarioLoader.builtIn(name);
            LampCode code = LampCode.of(s);
            StimulusSet training = StimulusSet.draw(s, code, 40, new RandomStreams(1).open(RandomStreams.Stream.STIMULUS_JITTER));
            StimulusSet fresh = StimulusSet.drawFresh(s, code, 40, new RandomStreams(1).open(RandomStreams.Stream.FRESH_STIMULI),
                    training);
            for (StimulusSet set : new StimulusSet[] {training, fresh}) {
                for (int i = 0; i < set.size(); i++) {
                    CellPattern p = s.classes().get(set.classes()[i]).pattern();
                    assertTrue(p.accepts(lit(set.presentations().get(i).light()), 20, 20), name + " card " + i);
                }
            }
        }
    }

    @Test
    void twoNamedCellsMakeTheXorTask() {
        Scenario s = ScenarioLoader.parse("s.yaml", DOTS.replace("{dots: {count: {min: 1, max: 9}}, parity: odd}",
                "{cells: [[9, 9], [9, 10]], parity: odd}").replace("{dots: {count: {min: 1, max: 9}}, parity: even}",
                "{cells: [[9, 9], [9, 10]], parity: even}"));
        StimulusSet set = StimulusSet.draw(s, LampCode.of(s), 4, new RandomStreams(1).open(RandomStreams.Stream.STIMULUS_JITTER));
        for (int i = 0; i < set.size(); i++) {
            int n = lit(set.presentations().get(i).light()).cardinality();
            assertEquals(set.classes()[i] == 0 ? 1 : 0, n % 2, "odd: one cell lit; even: none or both");
        }
    }

    @Test
    void freshCardsOfTheGeneralisationScenarioLieWhereNoTrainingCardLay() {
        Scenario s = ScenarioLoader.builtIn("generalisation");
        LampCode code = LampCode.of(s);
        StimulusSet training = StimulusSet.draw(s, code, 30, new RandomStreams(2).open(RandomStreams.Stream.STIMULUS_JITTER));
        StimulusSet fresh = StimulusSet.drawFresh(s, code, 30, new RandomStreams(2).open(RandomStreams.Stream.FRESH_STIMULI),
                training);
        for (var p : training.presentations()) {
            assertTrue(lit(p.light()).stream().allMatch(c -> c % 20 < 10), "training: left half");
        }
        for (var p : fresh.presentations()) {
            assertTrue(lit(p.light()).stream().allMatch(c -> c % 20 >= 10), "fresh: right half");
        }
    }

    @Test
    void parityErrorsNeverReachZeroWithinTheBudget() {
        Scenario s = ScenarioLoader.builtIn("minsky-papert-parity");
        for (long seed = 11; seed <= 13; seed++) {
            Summary sum = Experiment.run(s.withSeeds(null).withSeed(seed), Experiment.Options.defaults(), Progress.NONE)
                    .summary();
            assertNull(sum.firstErrorFreePass(), "seed " + seed + ": no pass without error");
            assertTrue(sum.trainAccuracy() < 100.0, "seed " + seed + ": " + sum.trainAccuracy());
            assertTrue(sum.learningCurve().errors().stream().allMatch(e -> e > 0), "seed " + seed + ": every block has errors");
        }
    }

    @Test
    void badPatternKeysAreRefusedInOneLineWithTheirPlace() {
        String odd = "{dots: {count: {min: 1, max: 9}}, parity: odd}";
        assertTrue(error(DOTS.replace(odd, "{dots: {count: 3}, parity: three}")).contains("parity"));
        assertTrue(error(DOTS.replace(odd, "{dots: {count: 3}, colour: red}")).contains("colour"));
        assertTrue(error(DOTS.replace(odd, "{dots: {count: 3}, connected: true, connectivity: 6}"))
                .contains("connectivity: 6 is not allowed; allowed: 4"));
        assertTrue(error(DOTS.replace(odd, "{parity: odd}")).contains("either dots"));
        assertTrue(error(DOTS.replace(odd, "{cells: [[9, 9], [20, 3]], parity: odd}")).contains("off the 20 x 20 retina"));
        assertTrue(error(DOTS.replace(odd, "{cells: [[9, 9], [9, 9]], parity: odd}")).contains("listed twice"));
        assertTrue(error(DOTS.replace(odd, "{cells: [[0, 0]], connected: false}")).contains("no choice of lit cells"),
                "one cell is never two pieces: an impossible class");
        assertTrue(error(DOTS.replace(odd, "{dots: {count: 10}, connected: true}")).contains("too rare to draw"),
                "ten dots anywhere on 400 cells are almost never one piece");
        assertTrue(error(DOTS.replace(odd, "{dots: {count: 50, region: {x: 0, y: 0, width: 5, height: 5}}}"))
                .contains("do not fit"));
        assertTrue(error(DOTS.replace("stimuli: {}\n", "stimuli: {}\n").replace("pattern: " + odd, "shapes: [square]"))
                .contains("stimuli.size: is missing"), "printed cards need a size");
        assertTrue(error(DOTS.replace("freshPerClass: 20", "freshPerClass: 20\n  layout: {region: middle}"))
                .contains("'middle' is not a region"));
        assertTrue(error(DOTS.replace("freshPerClass: 20", "freshPerClass: 20\n  layout: {}")).contains("is empty"));
    }
}
