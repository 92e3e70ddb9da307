package org.mark1.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mark1.compare.CalibrationWriter;
import org.mark1.experiment.Estimate;
import org.mark1.experiment.Experiment;
import org.mark1.experiment.Progress;
import org.mark1.experiment.SeedRow;
import org.mark1.report.CalibrationSheet;
import org.mark1.scenario.Scenario;
import org.mark1.scenario.ScenarioLoader;

/**
 * {@code mark1 calibrate}: the same bytes on one thread or several and from its manifest; each
 * point's figure is what runs of the scenario with that setting give, seed by seed; the words say
 * which values hold history's figure.
 */
class CalibrateCommandTest {

    private static final List<String> FILES = List.of(CalibrationSheet.CSV, CalibrationWriter.PNG, CalibrationWriter.REPORT,
            CalibrationWriter.MANIFEST);

    @Test
    void parallelSerialAndManifestGiveTheSameBytesAndTheRunsFigures(@TempDir Path dir) throws Exception {
        String[] common = {"calibrate", "ibm704-left-right", "--vary", "training.examplesPerClass=4,8,12", "--seeds", "3"};
        CliTest.Outcome serial = CliTest.mark1(concat(common, "--threads", "1", "--out", dir.resolve("a").toString()));
        assertEquals(0, serial.code(), serial.err());
        CliTest.Outcome parallel = CliTest.mark1(concat(common, "--threads", "3", "--out", dir.resolve("b").toString()));
        assertEquals(0, parallel.code(), parallel.err());
        CliTest.Outcome again = CliTest.mark1("calibrate", "--manifest", dir.resolve("a").resolve(CalibrationWriter.MANIFEST).toString(),
                "--threads", "2", "--out", dir.resolve("c").toString());
        assertEquals(0, again.code(), again.err());
        for (String f : FILES) {
            byte[] a = Files.readAllBytes(dir.resolve("a").resolve(f));
            assertArrayEquals(a, Files.readAllBytes(dir.resolve("b").resolve(f)), f);
            assertArrayEquals(a, Files.readAllBytes(dir.resolve("c").resolve(f)), f);
        }
        CalibrationSheet sheet = CalibrationSheet.parse(Files.readString(dir.resolve("a").resolve(CalibrationSheet.CSV)));
        Scenario base = ScenarioLoader.builtIn("ibm704-left-right");
        assertEquals(List.of("4", "8", "12"), sheet.points().stream().map(p -> p.values().get(0)).toList());
        for (CalibrationSheet.GridPoint p : sheet.points()) {
            Scenario s = ScenarioLoader.withSettings(base, List.of("training.examplesPerClass=" + p.values().get(0)));
            List<Double> values = new ArrayList<>();
            for (long seed = base.seed(); seed < base.seed() + 3; seed++) {
                values.add(SeedRow.of(Experiment.run(s.withSeeds(null).withSeed(seed), Experiment.Options.defaults(), Progress.NONE)
                        .summary()).get(base.history().measure()));
            }
            assertEquals(Estimate.of(base.history().measure(), values), p.figure(), p.values().toString());
            assertEquals(p.figure().covers(base.history().value()), sheet.within(p));
        }
        String report = Files.readString(dir.resolve("a").resolve(CalibrationWriter.REPORT));
        assertTrue(report.contains(sheet.findings()), report);
        assertTrue(serial.out().contains(sheet.findings()), serial.out());
    }

    @Test
    void twoKeysMakeAGridWithTheFirstOutermost(@TempDir Path dir) throws Exception {
        CliTest.Outcome o = CliTest.mark1("calibrate", "ibm704-left-right", "--vary", "training.examplesPerClass=4,6",
                "--vary", "stimuli.size.max=4,6", "--seeds", "2", "--out", dir.resolve("g").toString());
        assertEquals(0, o.code(), o.err());
        CalibrationSheet sheet = CalibrationSheet.parse(Files.readString(dir.resolve("g").resolve(CalibrationSheet.CSV)));
        assertEquals(List.of(List.of("4", "4"), List.of("4", "6"), List.of("6", "4"), List.of("6", "6")),
                sheet.points().stream().map(CalibrationSheet.GridPoint::values).toList());
        assertTrue(Files.size(dir.resolve("g").resolve(CalibrationWriter.PNG)) > 0);
    }

    private static String[] concat(String[] a, String... b) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(a), java.util.Arrays.stream(b)).toArray(String[]::new);
    }
}
