package org.mark1.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mark1.compare.CompareWriter;

/** {@code mark1 compare}: paired seeds, the same bytes on one thread or several, and from its manifest. */
class CompareCommandTest {

    private static final List<String> FILES = List.of(CompareWriter.CSV, CompareWriter.PNG, CompareWriter.REPORT,
            CompareWriter.MANIFEST);

    @Test
    void parallelSerialAndManifestGiveTheSameBytes(@TempDir Path dir) throws Exception {
        Path scenario = dir.resolve("quick.yaml");
        Files.writeString(scenario, CliTest.SCENARIO);
        String[] common = {"compare", scenario.toString(), "--rules", "error-correction,lms,mlp", "--seeds", "2"};
        CliTest.Outcome serial = CliTest.mark1(concat(common, "--threads", "1", "--out", dir.resolve("a").toString()));
        assertEquals(0, serial.code(), serial.err());
        CliTest.Outcome parallel = CliTest.mark1(concat(common, "--threads", "3", "--out", dir.resolve("b").toString()));
        assertEquals(0, parallel.code(), parallel.err());
        CliTest.Outcome again = CliTest.mark1("compare", "--manifest", dir.resolve("a").resolve(CompareWriter.MANIFEST).toString(),
                "--threads", "2", "--out", dir.resolve("c").toString());
        assertEquals(0, again.code(), again.err());
        for (String f : FILES) {
            byte[] a = Files.readAllBytes(dir.resolve("a").resolve(f));
            assertArrayEquals(a, Files.readAllBytes(dir.resolve("b").resolve(f)), f);
            assertArrayEquals(a, Files.readAllBytes(dir.resolve("c").resolve(f)), f);
        }
        List<String> csv = Files.readAllLines(dir.resolve("a").resolve(CompareWriter.CSV));
        assertEquals(1 + 3 * 2, csv.size());
        assertTrue(csv.get(1).startsWith("error-correction,8,"), csv.get(1));
        assertTrue(csv.get(3).startsWith("lms,8,"), csv.get(3));
        String report = Files.readString(dir.resolve("a").resolve(CompareWriter.REPORT));
        assertTrue(report.contains("| mlp | error-correction |"), report);
    }

    @Test
    void pairedRunsShareWiringPotsAndCards(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("quick.yaml");
        Files.writeString(file, CliTest.SCENARIO);
        org.mark1.scenario.Scenario s = org.mark1.scenario.ScenarioLoader.load(file);
        org.mark1.compare.Comparison c = new org.mark1.compare.Comparison(s,
                List.of(org.mark1.learning.Rules.ERROR_CORRECTION, org.mark1.learning.Rules.MLP), 2,
                org.mark1.learning.WeightMode.HARDWARE);
        for (long seed : new long[] {8, 9}) {
            var a = c.variant(org.mark1.learning.Rules.ERROR_CORRECTION, seed);
            var b = c.variant(org.mark1.learning.Rules.MLP, seed);
            assertEquals(seed, a.seed());
            assertEquals(a.stimuli(), b.stimuli());
            assertEquals(a.classes(), b.classes());
            var o = org.mark1.experiment.Experiment.Options.defaults();
            var ma = org.mark1.experiment.Experiment.machine(a, new org.mark1.machine.RandomStreams(a.seed()), o);
            var mb = org.mark1.experiment.Experiment.machine(b, new org.mark1.machine.RandomStreams(b.seed()), o);
            assertEquals(ma.plugboard().toCsv(), mb.plugboard().toCsv());
            assertEquals(ma.pots(), mb.pots());
            assertEquals(org.mark1.learning.WeightMode.IDEAL, b.training().weightMode(), "mlp runs on ideal weights");
            assertEquals(org.mark1.learning.WeightMode.HARDWARE, a.training().weightMode());
        }
    }

    @Test
    void unknownRulesAreRefused(@TempDir Path dir) {
        CliTest.Outcome o = CliTest.mark1("compare", "--rules", "error-correction,delta", "--out", dir.resolve("x").toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("delta"), o.err());
        assertTrue(!Files.exists(dir.resolve("x")));
    }

    private static String[] concat(String[] a, String... b) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(a), java.util.Arrays.stream(b)).toArray(String[]::new);
    }
}
