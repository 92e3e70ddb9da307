package org.mark1.experiment;

import org.mark1.scenario.ScenarioLoaderTest;
import org.mark1.scenario.LampCode;
import org.mark1.scenario.Scenario;
import org.mark1.scenario.ScenarioLoader;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mark1.io.InputError;
import org.mark1.machine.Answer;
import org.mark1.machine.MachineState;
import org.mark1.machine.MarkOne;
import org.mark1.machine.RandomStreams;
import org.mark1.training.Presentation;

/**
 * A saved machine brings back exactly the answers of the trained one.
 * <ol>
 *   <li>Over several seeds: train to an error-free pass, save, load into a new machine plugged
 *       from the same board; every training card gets the same sums, thresholds and lamps, all right.</li>
 *   <li>The thresholds matter: with pots alone (thresholds back at their start) some seed errs.</li>
 *   <li>A file that does not fit the machine is refused in one line that says why.</li>
 * </ol>
 */
class MachineStateFileTest {

    private static Scenario scenario(long seed) {
        return ScenarioLoader.parse("s.yaml", ScenarioLoaderTest.MINIMAL.replace("seed: 5", "seed: " + seed)
                .replace("maxPasses: 5", "maxPasses: 80"));
    }

    private static StimulusSet trainingCards(Scenario s) {
        return StimulusSet.draw(s, LampCode.of(s), s.trainingCounts(),
                new RandomStreams(s.seed()).open(RandomStreams.Stream.STIMULUS_JITTER));
    }

    @Test
    void aSavedMachineAnswersEveryLearnedCardExactlyAsTheTrainedOne() {
        int seedsWhereThresholdsMatter = 0;
        for (long seed = 1; seed <= 6; seed++) {
            Scenario s = scenario(seed);
            Experiment.Result trained = Experiment.run(s, Experiment.Options.defaults(), Progress.NONE);
            assertNotNull(trained.summary().firstErrorFreePass(), "seed " + seed + " learned its cards");
            String saved = MachineStateFile.write(MachineState.of(trained.machine()));
            MachineState loaded = MachineStateFile.parse("state.json", saved, s.machine(), LampCode.of(s).lamps());
            assertEquals(MachineState.of(trained.machine()), loaded);

            RandomStreams streams = new RandomStreams(s.seed() + 1000); // other starting pots, same board
            MarkOne reloaded = Experiment.machine(s, streams,
                    new Experiment.Options(trained.machine().plugboard(), loaded, null, Experiment.Engine.AUTO));
            MarkOne potsOnly = Experiment.machine(s, new RandomStreams(s.seed() + 1000),
                    new Experiment.Options(trained.machine().plugboard(), null, null, Experiment.Engine.AUTO));
            for (int i = 0; i < potsOnly.pots().size(); i++) {
                potsOnly.pots().set(i, loaded.pots()[i]);
            }
            boolean potsOnlyErred = false;
            for (Presentation p : trainingCards(s).presentations()) {
                Answer before = trained.machine().answer(p.light());
                Answer after = reloaded.answer(p.light());
                assertArrayEquals(before.sums(), after.sums(), "seed " + seed);
                assertArrayEquals(before.thresholds(), after.thresholds(), "seed " + seed);
                assertArrayEquals(before.lamps(), after.lamps(), "seed " + seed);
                assertTrue(after.correct(p.wanted()), "seed " + seed + ": a learned card is still answered right");
                potsOnlyErred |= !potsOnly.answer(p.light()).correct(p.wanted());
            }
            seedsWhereThresholdsMatter += potsOnlyErred ? 1 : 0;
        }
        assertTrue(seedsWhereThresholdsMatter > 0, "pots without thresholds err on some seed, so the test can tell");
    }

    @Test
    void aStateThatDoesNotFitIsRefusedSayingWhy() {
        Scenario s = scenario(2);
        MarkOne m = Experiment.machine(s, new RandomStreams(2), Experiment.Options.defaults());
        String good = MachineStateFile.write(MachineState.of(m));
        int lamps = LampCode.of(s).lamps();
        assertTrue(good.startsWith("{\n  \"format\" : \"mark1 machine state\""), good.substring(0, 40));

        String stops = assertThrows(InputError.class, () -> MachineStateFile.parse("st.json",
                good.replace("\"endStop\" : 100", "\"endStop\" : 50"), s.machine(), lamps)).getMessage();
        assertTrue(stops.startsWith("st.json:1:1: saved with end stops at +-50 steps") && stops.contains("potSteps=50"), stops);

        String rUnits = assertThrows(InputError.class,
                () -> MachineStateFile.parse("st.json", good, s.machine(), lamps + 1)).getMessage();
        assertTrue(rUnits.contains("holds 2 R-unit thresholds, but this experiment uses 3 R-units"), rUnits);

        String notOurs = assertThrows(InputError.class,
                () -> MachineStateFile.parse("st.json", "{\"pots\": [1, 2]}", s.machine(), lamps)).getMessage();
        assertTrue(notOurs.contains("not a saved machine"), notOurs);

        String beyond = assertThrows(InputError.class, () -> MachineStateFile.parse("st.json",
                good.replaceFirst("\"pots\" : \\[ -?\\d+", "\"pots\" : [ 101"), s.machine(), lamps)).getMessage();
        assertTrue(beyond.contains("pot 0 at 101 lies beyond the end stops +-100"), beyond);

        String text = assertThrows(InputError.class, () -> MachineStateFile.parse("st.json",
                good.replaceFirst("\"pots\" : \\[ -?\\d+", "\"pots\" : [ \"x\""), s.machine(), lamps)).getMessage();
        assertTrue(text.startsWith("st.json:") && text.contains("pots"), text);
    }
}
