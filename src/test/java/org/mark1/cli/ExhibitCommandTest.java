package org.mark1.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mark1 render} and {@code mark1 exhibit} on the command line: a mistake is one line on stderr
 * with exit code 2 and nothing written; a run's saved trace renders (replay); frames come out named
 * as asked.
 */
class ExhibitCommandTest {

    record Outcome(int code, String out, String err) {
    }

    static Outcome mark1(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Mark1.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    static void assertUsageError(Outcome o, String mentions) {
        assertEquals(2, o.code(), o.err());
        assertEquals(1, o.err().strip().lines().count(), o.err());
        assertTrue(o.err().contains(mentions), o.err());
    }

    @Test
    void badRenderArgumentsAreOneLineAndWriteNothing(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("frames");
        assertUsageError(mark1("render", "--frames", "0", "--out", out.toString()), "--frames");
        assertUsageError(mark1("render", "--every", "-5", "--out", out.toString()), "--every");
        assertUsageError(mark1("render", "--no-png", "--no-gif", "--out", out.toString()), "--no-png");
        assertUsageError(mark1("render", "--prefix", "../x", "--out", out.toString()), "--prefix");
        assertUsageError(mark1("render", "--lang", "de", "--out", out.toString()), "de");
        assertUsageError(mark1("render", "--replay", dir.resolve("missing.jsonl").toString(), "--out", out.toString()),
                "missing.jsonl");
        assertFalse(Files.exists(out));
    }

    @Test
    void badExhibitArgumentsAreOneLine(@TempDir Path dir) {
        assertUsageError(mark1("exhibit", "--speed", "fast"), "--speed");
        assertUsageError(mark1("exhibit", "--size", "12"), "--size");
        assertUsageError(mark1("exhibit", "--kiosk", "--replay", dir.resolve("t.jsonl").toString()), "--replay");
        assertUsageError(mark1("exhibit", "--soak", "0"), "--soak");
        assertUsageError(mark1("exhibit", "--screenshot", dir.resolve("s.png").toString()), "--bench");
    }

    @Test
    void aSavedRunRendersAsAReplay(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("tiny.yaml");
        Files.writeString(yaml, """
                name: tiny
                seed: 3
                stimuli:
                  size: {min: 5, max: 9}
                classes:
                  - name: square
                    shapes: [square]
                  - name: other
                    shapes: [circle]
                training:
                  rule: error-correction
                  examplesPerClass: 4
                  maxPasses: 3
                evaluation:
                  freshPerClass: 2
                """);
        Path run = dir.resolve("run");
        assertEquals(0, mark1("run", yaml.toString(), "--trace", "--out", run.toString()).code());
        Path frames = dir.resolve("frames");
        Outcome o = mark1("render", "--replay", run.resolve("trace.jsonl").toString(), "--frames", "2", "--every", "1500",
                "--gif-scale", "0.2", "--prefix", "replay", "--out", frames.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(Files.size(frames.resolve("replay-0001.png")) > 10_000);
        assertTrue(Files.exists(frames.resolve("replay-0002.png")));
        assertTrue(Files.exists(frames.resolve("replay.gif")));
    }
}
