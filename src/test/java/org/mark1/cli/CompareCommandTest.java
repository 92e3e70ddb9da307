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
            CompareWriter.MANIFEST, CompareWriter.TUNING_CSV, CompareWriter.TUNING_PNG);

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
        // tuned on seeds 5, 6, 7, below the evaluation seeds 8 and 9; the rates chosen are the ones run
        assertTrue(report.contains("3 tuning seeds (5, 6, 7)"), report);
        List<String> tuning = Files.readAllLines(dir.resolve("a").resolve(CompareWriter.TUNING_CSV));
        assertEquals(1 + 2 * org.mark1.learning.Rules.RATE_GRID.length, tuning.size());
        for (String rule : List.of("lms", "mlp")) {
            List<String> chosen = tuning.stream().filter(l -> l.startsWith(rule + ",") && l.endsWith(",true")).toList();
            assertEquals(1, chosen.size(), rule);
            String rate = chosen.get(0).split(",")[1];
            assertTrue(report.contains("| " + rule + " | " + rate + " |"), rule + " at " + rate + "\n" + report);
            double best = tuning.stream().filter(l -> l.startsWith(rule + ","))
                    .mapToDouble(l -> Double.parseDouble(l.split(",")[2])).max().orElseThrow();
            assertEquals(best, Double.parseDouble(chosen.get(0).split(",")[2]), 0.0, rule + ": the best mean accuracy is chosen");
        }
    }

    @Test
    void withoutFreshCardsNoSentenceSpeaksOfUnseenCards(@TempDir Path dir) throws Exception {
        Path scenario = dir.resolve("quick.yaml");
        Files.writeString(scenario, CliTest.SCENARIO.replace("freshPerClass: 20", "freshPerClass: 0"));
        CliTest.Outcome o = CliTest.mark1("compare", scenario.toString(), "--rules", "error-correction,lms", "--seeds", "3",
                "--tuning-seeds", "1", "--out", dir.resolve("a").toString());
        assertEquals(0, o.code(), o.err());
        String report = Files.readString(dir.resolve("a").resolve(CompareWriter.REPORT));
        for (String wrong : List.of("never seen", "on fresh cards", "mean fresh accuracy")) {
            assertTrue(!report.contains(wrong), "'" + wrong + "' in\n" + report);
        }
        assertTrue(report.contains("no fresh cards (freshPerClass: 0)"), report);
        assertTrue(report.contains("none (freshPerClass: 0)"), report);
        assertTrue(report.contains("mean accuracy on the training cards"), report);
        assertTrue(!o.out().contains("fresh accuracy"), o.out());
        // the same with fresh cards speaks of them
        Files.writeString(scenario, CliTest.SCENARIO);
        CliTest.Outcome f = CliTest.mark1("compare", scenario.toString(), "--rules", "error-correction,lms", "--seeds", "3",
                "--tuned", "false", "--out", dir.resolve("b").toString());
        assertEquals(0, f.code(), f.err());
        String withFresh = Files.readString(dir.resolve("b").resolve(CompareWriter.REPORT));
        assertTrue(withFresh.contains("never seen") && withFresh.contains("Not tuned (`--tuned false`)"), withFresh);
        assertTrue(!Files.exists(dir.resolve("b").resolve(CompareWriter.TUNING_CSV)));
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
