package org.mark1.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mark1.compare.SensitivityWriter;

/** {@code mark1 sensitivity}: the same bytes on one thread or several; bad options refused, nothing written. */
class SensitivityCommandTest {

    private static final List<String> FILES = List.of(SensitivityWriter.CSV, SensitivityWriter.PNG, SensitivityWriter.REPORT,
            SensitivityWriter.MANIFEST);

    @Test
    void oneThreadAndSeveralGiveTheSameBytes(@TempDir Path dir) throws Exception {
        Path scenario = dir.resolve("quick.yaml");
        Files.writeString(scenario, CliTest.SCENARIO);
        String[] common = {"sensitivity", scenario.toString(), "--rules", "error-correction,lms,mlp", "--seeds", "2",
            "--sizes", "0.01,0.1,1", "--draws", "3", "--singles", "16"};
        CliTest.Outcome serial = CliTest.mark1(concat(common, "--threads", "1", "--out", dir.resolve("a").toString()));
        assertEquals(0, serial.code(), serial.err());
        CliTest.Outcome parallel = CliTest.mark1(concat(common, "--threads", "3", "--out", dir.resolve("b").toString()));
        assertEquals(0, parallel.code(), parallel.err());
        Path manifest = dir.resolve("a").resolve(SensitivityWriter.MANIFEST);
        CliTest.Outcome again = CliTest.mark1("sensitivity", "--manifest", manifest.toString(), "--threads", "2", "--out",
                dir.resolve("c").toString());
        assertEquals(0, again.code(), again.err());
        for (String f : FILES) {
            byte[] a = Files.readAllBytes(dir.resolve("a").resolve(f));
            assertArrayEquals(a, Files.readAllBytes(dir.resolve("b").resolve(f)), f);
            assertArrayEquals(a, Files.readAllBytes(dir.resolve("c").resolve(f)), f);
        }
        Path edited = dir.resolve("edited.json");
        Files.writeString(edited, Files.readString(manifest).replace("\"seeds\" : 2", "\"seeds\" : -2"));
        CliTest.Outcome refused = CliTest.mark1("sensitivity", "--manifest", edited.toString(), "--out", dir.resolve("d").toString());
        assertEquals(2, refused.code(), refused.err());
        assertTrue(refused.err().contains("edited.json") && refused.err().contains("seeds: '-2' is out of range"), refused.err());
        assertFalse(Files.exists(dir.resolve("d")));
        List<String> csv = Files.readAllLines(dir.resolve("a").resolve(SensitivityWriter.CSV));
        assertEquals(1 + 3 * 2 * 2 * 3, csv.size(), "rules x seeds x modes x sizes");
        assertTrue(csv.get(1).startsWith("all,error-correction,8,0.0100000,3,"), csv.get(1));
        String report = Files.readString(dir.resolve("a").resolve(SensitivityWriter.REPORT));
        assertTrue(report.contains("| 1.000 % | mlp |"), report);
        assertTrue(Files.size(dir.resolve("a").resolve(SensitivityWriter.PNG)) > 1000);
    }

    @Test
    void badOptionsAreOneLineExitTwoAndNothingWritten(@TempDir Path dir) {
        String[][] bad = {{"--seeds", "-3"}, {"--seeds", "0"}, {"--rules", "error-correction,delta"},
            {"--rules", "lms,lms"}, {"--sizes", "0.1,-1"}, {"--sizes", "0.1,1e9"}, {"--sizes", "1,0.1"},
            {"--sizes", "NaN"}, {"--sizes", "x"}, {"--draws", "0"}, {"--singles", "-1"}, {"--weights", "copper"},
            {"--threads", "0"}};
        for (String[] option : bad) {
            Path out = dir.resolve("x");
            CliTest.Outcome o = CliTest.mark1(concat(concat(new String[] {"sensitivity"}, option), "--out", out.toString()));
            assertEquals(2, o.code(), String.join(" ", option) + ": " + o.err());
            assertEquals(1, o.err().strip().lines().count(), String.join(" ", option) + ": " + o.err());
            assertTrue(o.err().contains(option[0]), o.err());
            assertFalse(Files.exists(out), String.join(" ", option));
        }
    }

    @Test
    void lampsThatDoNotLightByTheirOwnThresholdAreRefused(@TempDir Path dir) throws Exception {
        Path scenario = dir.resolve("exclusive.yaml");
        Files.writeString(scenario, CliTest.SCENARIO.replace("seed: 8\n", "seed: 8\nmachine: {responseMode: exclusive}\n"));
        CliTest.Outcome o = CliTest.mark1("sensitivity", scenario.toString(), "--seeds", "1", "--out", dir.resolve("x").toString());
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("responseMode"), o.err());
        assertFalse(Files.exists(dir.resolve("x")));
    }

    private static String[] concat(String[] a, String... b) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(a), java.util.Arrays.stream(b)).toArray(String[]::new);
    }
}
