package org.mark1.experiment;

import org.mark1.scenario.ScenarioLoaderTest;
import org.mark1.report.RunReport;
import org.mark1.report.RunWriter;
import org.mark1.scenario.LampCode;
import org.mark1.scenario.Scenario;
import org.mark1.scenario.ScenarioLoader;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mark1.io.InputError;
import org.mark1.machine.Answer;
import org.mark1.machine.MachineState;
import org.mark1.machine.MarkOne;
import org.mark1.machine.RandomStreams;
import org.mark1.training.IdealTrainer;
import org.mark1.training.Presentation;

/**
 * A machine trained in ideal weights keeps what it learned.
 * <ol>
 *   <li>Over several seeds and three rules: the run's state holds real weights, survives the file
 *       bit for bit, and a trainer started from it on a machine with other pots (same board) gives
 *       every training card the trained machine's answer; started from those pots alone, it does not.</li>
 *   <li>A run started from the ideal state.json of a run that learned its cards makes no error in its first pass.</li>
 *   <li>A file of pots starts an ideal run from its whole steps, exactly.</li>
 *   <li>An ideal file into a run of pots, into a network, or with wrong counts, non-finite numbers, a
 *       wrong mode or pot keys is refused in one line naming the file and the place.</li>
 * </ol>
 */
class IdealStateFileTest {

    private static final String[] RULES = {"lms", "sigmoid", "error-correction"};

    static Scenario scenario(long seed, String rule) {
        return ScenarioLoader.parse("s.yaml", ScenarioLoaderTest.MINIMAL.replace("seed: 5", "seed: " + seed)
                .replace("maxPasses: 5", "maxPasses: 80").replace("rule: error-correction", "rule: " + rule + "\n  weights: ideal"));
    }

    private static StimulusSet trainingCards(Scenario s) {
        return StimulusSet.draw(s, LampCode.of(s), s.trainingCounts(),
                new RandomStreams(s.seed()).open(RandomStreams.Stream.STIMULUS_JITTER));
    }

    private static IdealTrainer trainer(Scenario s, MarkOne machine, MachineState start) {
        return new IdealTrainer(machine, s.training().rule().onMachine(s.machine().stepsPerReinforcement()), start);
    }

    @Test
    void aReloadedIdealMachineAnswersEveryCardAsTheTrainedOne() {
        int seedsWherePotsAloneErr = 0;
        for (long seed = 1; seed <= 6; seed++) {
            Scenario s = scenario(seed, RULES[(int) (seed % RULES.length)]);
            Experiment.Result trained = Experiment.run(s, Experiment.Options.defaults(), Progress.NONE);
            MachineState learned = trained.learned();
            assertTrue(learned.isIdeal(), "seed " + seed);
            String text = MachineStateFile.write(learned);
            assertTrue(text.startsWith("{\n  \"format\" : \"mark1 machine state\",\n  \"weightMode\" : \"ideal\","), text);
            assertFalse(text.contains("\"pots\""), "real weights are not written as pots");
            MachineState loaded = MachineStateFile.parse("state.json", text, s.machine(), LampCode.of(s).lamps(), true);
            assertEquals(learned, loaded, "seed " + seed + ": every weight survives the file exactly");
            assertTrue(java.util.Arrays.stream(learned.ideal().weights()).anyMatch(w -> w != Math.rint(w))
                    || s.training().rule().id().equals("error-correction"), "seed " + seed + ": real, not whole, weights");

            Experiment.Options sameBoard = new Experiment.Options(trained.machine().plugboard(), null, null,
                    Experiment.Engine.AUTO);
            MarkOne other = Experiment.machine(s, new RandomStreams(seed + 1000), sameBoard);
            IdealTrainer reloaded = trainer(s, other, loaded);
            assertEquals(learned, reloaded.state());
            IdealTrainer potsAlone = trainer(s, Experiment.machine(s, new RandomStreams(seed + 1000), sameBoard), null);
            boolean potsAloneErred = false;
            for (Presentation p : trainingCards(s).presentations()) {
                Answer before = trained.operator().test(p);
                Answer after = reloaded.test(p);
                assertArrayEquals(before.sums(), after.sums(), "seed " + seed);
                assertArrayEquals(before.lamps(), after.lamps(), "seed " + seed);
                potsAloneErred |= !java.util.Arrays.equals(before.lamps(), potsAlone.test(p).lamps());
            }
            seedsWherePotsAloneErr += potsAloneErred ? 1 : 0;
        }
        assertTrue(seedsWherePotsAloneErr > 0, "the untrained pots answer otherwise on some seed, so the test can tell");
    }

    /**
     * Through the files, as {@code mark1 run --state} does. The alpha-system changes nothing on a right
     * answer, so the machine after an error-free pass answers every card right (LMS and the sigmoid
     * rule go on moving on right answers: for them the card-by-card test above is the check).
     */
    @Test
    void aRunStartedFromALearnedIdealStateMakesNoErrorInItsFirstPass(@TempDir Path dir) {
        for (long seed = 1; seed <= 3; seed++) {
            Scenario s = scenario(seed, "error-correction");
            Experiment.Result trained = Experiment.run(s, Experiment.Options.defaults(), Progress.NONE);
            assertNotNull(trained.summary().firstErrorFreePass(), "seed " + seed + " learned its cards");
            assertTrue(trained.summary().firstErrorFreePass() > 1, "seed " + seed + " had to learn");
            Path run = dir.resolve("seed" + seed);
            RunWriter.write(run, RunWriter.manifest(s, null, null, false), trained);
            MachineState loaded = MachineStateFile.read(run.resolve(RunWriter.STATE), s);
            Experiment.Result again = Experiment.run(s, new Experiment.Options(null, loaded, null, Experiment.Engine.AUTO),
                    Progress.NONE);
            assertEquals(1, again.summary().firstErrorFreePass(), "seed " + seed);
            assertEquals(0, again.summary().errors(), "seed " + seed);
        }
    }

    @Test
    void aFileOfPotsStartsAnIdealRunFromItsWholeSteps() {
        Scenario s = scenario(4, "lms");
        Scenario hardware = ScenarioLoader.parse("s.yaml", ScenarioLoaderTest.MINIMAL.replace("seed: 5", "seed: 4"));
        MachineState pots = Experiment.run(hardware, Experiment.Options.defaults(), Progress.NONE).learned();
        MachineState read = MachineStateFile.parse("state.json", MachineStateFile.write(pots), s.machine(),
                LampCode.of(s).lamps(), true);
        MarkOne m = Experiment.machine(s, new RandomStreams(99), new Experiment.Options(null, read, null, Experiment.Engine.AUTO));
        MachineState start = trainer(s, m, read).state();
        int[] p = pots.pots();
        double[] w = start.ideal().weights();
        for (int a = 0; a < p.length; a++) {
            assertEquals(m.sourceSets().rUnitOf(a) < 0 ? 0 : p[a], w[a], "pot " + a);
        }
        assertArrayEquals(java.util.Arrays.stream(pots.thresholds()).asDoubleStream().toArray(), start.ideal().thresholds());
    }

    @Test
    void aNetworkSavesNothingAndStartsFromNoFile(@TempDir Path dir) throws Exception {
        Scenario s = scenario(2, "mlp");
        Experiment.Result r = Experiment.run(s, Experiment.Options.defaults(), Progress.NONE);
        assertNull(r.learned());
        RunWriter.write(dir.resolve("run"), RunWriter.manifest(s, null, null, false), r);
        assertFalse(Files.exists(dir.resolve("run").resolve(RunWriter.STATE)));
        assertFalse(Files.exists(dir.resolve("run").resolve(RunReport.FIELDS_PNG)));
        assertTrue(Files.readString(dir.resolve("run").resolve(RunReport.REPORT)).contains("its layers are not saved"));
        Path file = dir.resolve("state.json");
        Files.writeString(file, MachineStateFile.write(scenarioState(2)));
        String e = assertThrows(InputError.class, () -> MachineStateFile.read(file, s)).getMessage();
        assertTrue(e.startsWith(file + ": rule mlp trains a network") && e.endsWith("drop --state"), e);
    }

    private static MachineState scenarioState(long seed) {
        return Experiment.run(scenario(seed, "lms"), Experiment.Options.defaults(), Progress.NONE).learned();
    }

    @Test
    void aBadIdealFileIsRefusedInOneLineNamingThePlace() {
        Scenario s = scenario(2, "lms");
        String good = MachineStateFile.write(scenarioState(2));
        int lamps = LampCode.of(s).lamps();
        assertEquals(MachineState.class, MachineStateFile.parse("st.json", good, s.machine(), lamps, true).getClass());

        String intoPots = refused(good, s, lamps, false);
        assertTrue(intoPots.startsWith("st.json:3:3: weightMode: holds ideal (real-valued) weights, but this run turns pots")
                && intoPots.contains("--set training.weights=ideal"), intoPots);
        String mode = refused(good.replace("\"weightMode\" : \"ideal\"", "\"weightMode\" : \"hardware\""), s, lamps, true);
        assertTrue(mode.startsWith("st.json:3:3: weightMode: the only weight mode"), mode);
        String count = refused(good.replaceFirst("\"weights\" : \\[ [^,]+,", "\"weights\" : ["), s, lamps, true);
        assertTrue(count.contains("weights: holds 511 weights, but this machine has 512 A-units"), count);
        String rUnits = assertThrows(InputError.class,
                () -> MachineStateFile.parse("st.json", good, s.machine(), lamps + 1, true)).getMessage();
        assertTrue(rUnits.contains("thresholds: holds 2 R-unit thresholds, but this experiment uses 3"), rUnits);
        String infinite = refused(good.replaceFirst("\"weights\" : \\[ [^,]+,", "\"weights\" : [ 1e999,"), s, lamps, true);
        assertTrue(infinite.contains("weights[0]: Infinity is not a finite number"), infinite);
        String threshold = refused(good.replaceFirst("\"thresholds\" : \\[ [^,]+,", "\"thresholds\" : [ -1e400,"), s, lamps, true);
        assertTrue(threshold.contains("thresholds[0]: -Infinity is not a finite number"), threshold);
        String pots = refused(good.replace("\"weights\" :", "\"pots\" :"), s, lamps, true);
        assertTrue(pots.contains("pots: unknown key"), pots);
        Scenario hardware = ScenarioLoader.parse("s.yaml", ScenarioLoaderTest.MINIMAL);
        MachineState ideal = MachineStateFile.parse("st.json", good, s.machine(), lamps, true);
        String inCode = assertThrows(IllegalArgumentException.class, () -> Experiment.run(hardware,
                new Experiment.Options(null, ideal, null, Experiment.Engine.AUTO), Progress.NONE)).getMessage();
        assertTrue(inCode.startsWith("holds ideal (real-valued) weights, which a machine of pots cannot take"), inCode);
        for (String e : new String[] {intoPots, mode, count, rUnits, infinite, threshold, pots}) {
            assertFalse(e.contains("\n"), e);
        }
    }

    private static String refused(String text, Scenario s, int lamps, boolean idealRun) {
        return assertThrows(InputError.class, () -> MachineStateFile.parse("st.json", text, s.machine(), lamps, idealRun))
                .getMessage();
    }
}
