package org.mark1.experiment;

import org.mark1.scenario.ScenarioLoaderTest;
import org.mark1.io.Json;
import org.mark1.report.RunWriter;
import org.mark1.scenario.LampCode;
import org.mark1.scenario.Scenario;
import org.mark1.scenario.ScenarioLoader;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentTest {

    private static Scenario small(long seed) {
        return ScenarioLoader.parse("s.yaml", ScenarioLoaderTest.MINIMAL.replace("seed: 5", "seed: " + seed)
                .replace("maxPasses: 5", "maxPasses: 60"));
    }

    @Test
    void theFlagshipLearnsItsTrainingSetAndDoesBetterThanChanceOnFreshCards() {
        Experiment.Result r = Experiment.run(ScenarioLoader.builtIn("mark1-squares"), Experiment.Options.defaults(),
                Progress.NONE);
        Summary s = r.summary();
        assertNotNull(s.firstErrorFreePass(), "an error-free pass within the allowed passes");
        assertEquals(1.0, s.trainAccuracy());
        assertTrue(s.freshAccuracy() > 0.55, "fresh accuracy " + s.freshAccuracy());
        int first = s.learningCurve().errors().get(0);
        int last = s.learningCurve().errors().get(s.learningCurve().errors().size() - 1);
        assertTrue(first > 10 && last == 0, "the curve falls: " + s.learningCurve().errors());
        assertEquals((s.presentations() + s.trainingStimuli() + s.freshStimuli()) * 3_000_000L, s.simulatedMicros(),
                "one card every 3 s, counted in microseconds");
    }

    @Test
    void aUnitActivityIsNeitherSilentNorSaturatedOnTheFlagship() {
        Summary s = Experiment.run(ScenarioLoader.builtIn("mark1-squares"), Experiment.Options.defaults(),
                Progress.NONE).summary();
        assertTrue(s.activeAUnits().mean() > 0.05 * 512 && s.activeAUnits().mean() < 0.6 * 512, "" + s.activeAUnits());
        assertTrue(s.silentAUnits() < 26, s.silentAUnits() + " A-units never fired");
        assertTrue(s.alwaysOnAUnits() < 26, s.alwaysOnAUnits() + " A-units always fired");
    }

    @Test
    void theEventEngineAndThePlainLoopGiveTheSameRun() {
        Scenario s = small(11);
        Experiment.Result loop = Experiment.run(s, new Experiment.Options(null, null, null, Experiment.Engine.LOOP), Progress.NONE);
        Experiment.Result events = Experiment.run(s, new Experiment.Options(null, null, null, Experiment.Engine.EVENTS), Progress.NONE);
        assertEquals(Json.write(loop.summary()), Json.write(events.summary()));
        assertArrayEquals(loop.machine().pots().positions(), events.machine().pots().positions());
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherRun(@TempDir Path dir) throws Exception {
        Scenario s = small(3);
        for (String run : new String[] {"a", "b"}) {
            Experiment.Result r = Experiment.run(s, Experiment.Options.defaults(), Progress.NONE);
            RunWriter.write(dir.resolve(run), RunWriter.manifest(s, null, null, false), r);
        }
        for (String f : new String[] {RunWriter.MANIFEST, RunWriter.SUMMARY, RunWriter.CURVE_CSV, RunWriter.CURVE_PNG,
            RunWriter.STATE, RunWriter.WIRING}) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(f)), Files.readAllBytes(dir.resolve("b").resolve(f)), f);
        }
        Experiment.Result other = Experiment.run(small(4), Experiment.Options.defaults(), Progress.NONE);
        assertFalse(other.machine().plugboard().toCsv().equals(Files.readString(dir.resolve("a").resolve(RunWriter.WIRING))));
        try (var files = Files.list(dir.resolve("a"))) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
        }
    }

    @Test
    void theCurveCountsErrorsPerBlock() {
        var errors = java.util.List.of(true, true, false, true, false, false, false);
        assertEquals(java.util.List.of(2, 1, 0, 0), Experiment.curve(errors, 2));
        assertEquals(java.util.List.of(3, 0), Experiment.curve(errors, 4));
    }

    @Test
    void binaryCodingUsesTheFewestLamps() {
        Scenario s = ScenarioLoader.parse("s.yaml", ScenarioLoaderTest.MINIMAL.replace("classes:",
                "coding: binary\nclasses:\n  - name: tri\n    shapes: [triangle]\n  - name: dia\n    shapes: [diamond]"));
        LampCode code = LampCode.of(s);
        assertEquals(2, code.lamps());
        assertEquals(0, code.decode(new boolean[] {false, false}));
        assertEquals(3, code.decode(new boolean[] {true, true}));
        assertArrayEquals(new boolean[] {true, false}, code.wanted(1));
    }
}
