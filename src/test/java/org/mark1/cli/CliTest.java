package org.mark1.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mark1.event.Event;
import org.mark1.event.Trace;
import org.mark1.report.RunWriter;

class CliTest {

    record Outcome(int code, String out, String err) {
    }

    static Outcome mark1(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Mark1.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    static final String SCENARIO = """
            # a quick scenario for the command-line tests
            name: quick
            seed: 8
            stimuli:
              size: {min: 5, max: 10}
            classes:
              - name: square
                shapes: [square]
              - name: other
                shapes: [circle, diamond]
            training:
              rule: error-correction
              examplesPerClass: 12
              maxPasses: 20
            evaluation:
              freshPerClass: 20
            """;

    private static Path scenario(Path dir, String text) throws Exception {
        Path f = dir.resolve("quick.yaml");
        Files.writeString(f, text);
        return f;
    }

    private static void assertSameFiles(Path a, Path b) throws Exception {
        try (var files = Files.list(a)) {
            for (Path f : files.toList()) {
                assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(b.resolve(f.getFileName())), f.getFileName().toString());
            }
        }
    }

    @Test
    void runWritesItsFolderAndPrintsASummary(@TempDir Path dir) throws Exception {
        Outcome o = mark1("run", scenario(dir, SCENARIO).toString(), "--out", dir.resolve("r").toString());
        assertEquals(0, o.code(), o.err());
        for (String f : List.of(RunWriter.MANIFEST, RunWriter.SUMMARY, RunWriter.CURVE_CSV, RunWriter.CURVE_PNG,
                RunWriter.STATE, RunWriter.WIRING)) {
            assertTrue(Files.size(dir.resolve("r").resolve(f)) > 0, f);
        }
        assertTrue(o.out().contains("accuracy on the training stimuli"), o.out());
        assertTrue(o.out().contains("on the real machine this would have taken"), o.out());
        byte[] png = Files.readAllBytes(dir.resolve("r").resolve(RunWriter.CURVE_PNG));
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
    }

    @Test
    void theManifestReproducesTheRunByteForByte(@TempDir Path dir) throws Exception {
        Path s = scenario(dir, SCENARIO);
        assertEquals(0, mark1("run", s.toString(), "--seed", "77", "--trace", "--out", dir.resolve("a").toString()).code());
        assertEquals(0, mark1("run", s.toString(), "--seed", "77", "--trace", "--out", dir.resolve("b").toString()).code());
        assertSameFiles(dir.resolve("a"), dir.resolve("b"));
        Files.delete(s); // the manifest alone must suffice
        Outcome again = mark1("run", "--manifest", dir.resolve("a/manifest.json").toString(), "--out", dir.resolve("c").toString());
        assertEquals(0, again.code(), again.err());
        assertSameFiles(dir.resolve("a"), dir.resolve("c"));
        assertTrue(Files.exists(dir.resolve("c").resolve(RunWriter.TRACE)));
    }

    @Test
    void theTraceHoldsEveryEventInTimeOrder(@TempDir Path dir) throws Exception {
        assertEquals(0, mark1("run", scenario(dir, SCENARIO).toString(), "--trace", "--out", dir.resolve("r").toString()).code());
        List<Event> events = Trace.read(dir.resolve("r").resolve(RunWriter.TRACE));
        assertTrue(events.get(0) instanceof Event.StimulusShown);
        for (int i = 1; i < events.size(); i++) {
            assertTrue(events.get(i).time() >= events.get(i - 1).time());
        }
        assertTrue(events.stream().anyMatch(e -> e instanceof Event.MotorStopped));
    }

    @Test
    void aBadScenarioIsOneLineExitTwoAndNothingWritten(@TempDir Path dir) throws Exception {
        Path s = scenario(dir, SCENARIO.replace("maxPasses: 20", "maxPasses: 20\n  speed: 3"));
        Path out = dir.resolve("never");
        Outcome o = mark1("run", s.toString(), "--out", out.toString());
        assertEquals(2, o.code());
        assertEquals(1, o.err().strip().lines().count(), o.err());
        assertTrue(o.err().startsWith("mark1: " + s + ":15:3: training.speed: unknown key"), o.err());
        assertFalse(Files.exists(out), "nothing half-written");
    }

    @Test
    void aMissingFileIsOneLineExitTwo(@TempDir Path dir) {
        Outcome o = mark1("run", dir.resolve("nope.yaml").toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("no such scenario file"), o.err());
        Outcome w = mark1("run", "--wiring", dir.resolve("w.csv").toString(), "--out", dir.resolve("x").toString());
        assertEquals(2, w.code());
        assertEquals("mark1: " + dir.resolve("w.csv") + ": no such file; check the path", w.err().strip());
        assertFalse(Files.exists(dir.resolve("x")));
    }

    @Test
    void aBadArgumentIsOneLineExitTwo() {
        for (String[] args : List.of(new String[] {"run", "--seed", "abc"}, new String[] {"run", "--bogus"},
                new String[] {"fly"}, new String[] {"run", "--engine", "steam"})) {
            Outcome o = mark1(args);
            assertEquals(2, o.code(), String.join(" ", args));
            assertEquals(1, o.err().strip().lines().count(), o.err());
            assertTrue(o.err().startsWith("mark1: "), o.err());
        }
    }

    @Test
    void wiringExportsASheetThatRunCanPlugBack(@TempDir Path dir) throws Exception {
        Outcome printed = mark1("wiring", "--seed", "12");
        assertEquals(0, printed.code());
        assertTrue(printed.out().startsWith("a_unit,row,column,sign\n"));
        assertEquals(512 * 10 + 1, printed.out().lines().count());
        Path sheet = dir.resolve("board.csv");
        assertEquals(0, mark1("wiring", "--seed", "12", "--out", sheet.toString()).code());
        assertEquals(printed.out(), Files.readString(sheet));
        Path s = scenario(dir, SCENARIO);
        Outcome o = mark1("run", s.toString(), "--wiring", sheet.toString(), "--out", dir.resolve("r").toString());
        assertEquals(0, o.code(), o.err());
        assertEquals(printed.out(), Files.readString(dir.resolve("r").resolve(RunWriter.WIRING)));
        assertTrue(Files.readString(dir.resolve("r").resolve(RunWriter.MANIFEST)).contains("board.csv"));
    }

    @Test
    void potsSavedByOneRunStartTheNext(@TempDir Path dir) throws Exception {
        Path s = scenario(dir, SCENARIO);
        assertEquals(0, mark1("run", s.toString(), "--out", dir.resolve("first").toString()).code());
        Path pots = dir.resolve("first").resolve(RunWriter.STATE);
        Outcome o = mark1("run", s.toString(), "--state", pots.toString(), "--out", dir.resolve("second").toString());
        assertEquals(0, o.code(), o.err());
        String summary = Files.readString(dir.resolve("second").resolve(RunWriter.SUMMARY));
        assertTrue(summary.contains("\"firstErrorFreePass\" : 1"), "a trained machine needs no more training: " + summary);
    }

    @Test
    void setChangesAMachineParameterAndTheManifestKeepsIt(@TempDir Path dir) throws Exception {
        Path s = scenario(dir, SCENARIO);
        Outcome o = mark1("run", s.toString(), "--set", "aThreshold=3", "--set", "photocellNoise=0.05", "--out",
                dir.resolve("r").toString());
        assertEquals(0, o.code(), o.err());
        String manifest = Files.readString(dir.resolve("r").resolve(RunWriter.MANIFEST));
        assertTrue(manifest.contains("\"aThreshold\" : 3") && manifest.contains("\"photocellNoise\" : 0.05"), manifest);
        Outcome bad = mark1("run", s.toString(), "--set", "aThreshold=0", "--out", dir.resolve("x").toString());
        assertEquals(2, bad.code());
        assertEquals("mark1: --set:1:1: machine.aThreshold: 0 is impossible; allowed: 1 to 5", bad.err().strip());
        assertFalse(Files.exists(dir.resolve("x")));
    }

    @Test
    void figuresRendersThePicturesOfTheDocs(@TempDir Path dir) throws Exception {
        Outcome o = mark1("figures", scenario(dir, SCENARIO).toString(), "--out", dir.resolve("img").toString());
        assertEquals(0, o.code(), o.err());
        for (String f : List.of("retina", "plugboard", "curve", "field")) {
            byte[] png = Files.readAllBytes(dir.resolve("img").resolve("quick-" + f + ".png"));
            assertEquals('P', png[1], f);
        }
    }

    @Test
    void paramsPrintsEveryParameter() {
        Outcome o = mark1("params");
        assertEquals(0, o.code());
        // the machine's parameters, then a rate row per rule that has one and the gain row
        long rates = java.util.Arrays.stream(org.mark1.learning.Rules.values()).filter(org.mark1.learning.Rules::hasRate).count();
        assertEquals(org.mark1.machine.MachineConfig.class.getRecordComponents().length + 2 + rates + 1, o.out().lines().count());
        assertTrue(o.out().lines().anyMatch(l -> l.startsWith("| `training.rate` (sigmoid) | ") && l.contains(" | [gap] | ")),
                o.out());
        assertTrue(o.out().contains("| `aThreshold` | 1 |"), o.out());
    }

    @Test
    void benchReportsTheEnginesAgainstTheirBaselines(@TempDir Path dir) throws Exception {
        Outcome o = mark1("bench", scenario(dir, SCENARIO).toString(), "--presentations", "200", "--rounds", "1");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("nested loop") && o.out().contains("discrete-event Session"), o.out());
        assertEquals(2, mark1("bench", "--rounds", "0").code());
    }

    @Test
    void helpAndVersion() {
        Outcome help = mark1("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("run") && help.out().contains("wiring"), help.out());
        Outcome runHelp = mark1("run", "--help");
        assertEquals(0, runHelp.code());
        assertTrue(runHelp.out().contains("--manifest"));
        Outcome version = mark1("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("mark1 "), version.out());
    }
}
