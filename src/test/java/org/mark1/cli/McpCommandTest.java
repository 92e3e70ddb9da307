package org.mark1.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mark1.mcp.ShippedNets;

/** {@code mark1 mcp}: every shipped net runs; every user mistake is one line and exit code 2. */
class McpCommandTest {

    record Result(int code, String out, String err) {
    }

    private static Result mark1(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Mark1.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private static void assertUserError(Result r, String start) {
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("mark1: " + start), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void everyShippedNetRunsAndWritesItsCsv(@TempDir Path dir) throws IOException {
        for (String name : ShippedNets.names()) {
            Path csv = dir.resolve(name + ".csv");
            Result r = mark1("mcp", "run", name, "--out", csv.toString());
            assertEquals(0, r.code(), name + ": " + r.err());
            assertTrue(r.out().startsWith(name + ": "), r.out());
            assertTrue(Files.readString(csv).startsWith("tick,"), name);
        }
    }

    @Test
    void theSameRunWritesTheSameBytes(@TempDir Path dir) throws IOException {
        for (int i = 0; i < 2; i++) {
            Result r = mark1("mcp", "run", "heat-illusion", "--input", "N2: 0 1 0 0 1 1", "--steps", "9",
                    "--out", dir.resolve("run" + i + ".csv").toString(), "--png", dir.resolve("run" + i + ".png").toString());
            assertEquals(0, r.code(), r.err());
        }
        assertArrayEquals(Files.readAllBytes(dir.resolve("run0.csv")), Files.readAllBytes(dir.resolve("run1.csv")));
        assertArrayEquals(Files.readAllBytes(dir.resolve("run0.png")), Files.readAllBytes(dir.resolve("run1.png")));
        assertEquals(11, Files.readAllLines(dir.resolve("run0.csv")).size(), "a header and ticks 0 to 9");
    }

    @Test
    void aCompiledNetCanBeSavedAndRun(@TempDir Path dir) {
        Path file = dir.resolve("heat.yaml");
        Result compiled = mark1("mcp", "compile", "N3(t) = N1(t-1) or (N2(t-3) and not N2(t-2))", "--out", file.toString());
        assertEquals(0, compiled.code(), compiled.err());
        assertTrue(compiled.out().replace("\n# ", " ").contains("all 2^6 = 64 input sequences of 3 ticks, at every tick: agree; that settles it"),
                compiled.out());
        Result run = mark1("mcp", "run", file.toString(), "--input", "N2: 0 1", "--out", dir.resolve("t.csv").toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("\n  N3    ....#"), run.out());
    }

    /** The header says what the check did: never "settles it" unless it does. */
    @Test
    void theCompilersHeaderClaimsNoMoreThanTheCheckDid() {
        String five = "X(t) = A(t-1) or B(t-3) and (C(t-2) or not D(t-4)) and E(t-5)";
        Result big = mark1("mcp", "compile", five);
        assertEquals(0, big.code(), big.err());
        String header = big.out().replace("\n# ", " ");
        assertTrue(header.contains("on all 2^20 = 1048576 input sequences of 4 ticks and on 20000 random input sequences"
                + " of 10 ticks (seed 1943), at every tick: agree; not a proof"), header);
        assertTrue(!header.contains("not checked") && !header.contains("settles it"), header);
        Result shortCheck = mark1("mcp", "compile", five, "--check-length", "2");
        assertEquals(0, shortCheck.code(), shortCheck.err());
        assertTrue(shortCheck.out().replace("\n# ", " ").contains("NOT a complete check: the answer can depend on 5 ticks"),
                shortCheck.out());
    }

    /** A compiled net must be a net file that 'mcp run' accepts, however long its expression was. */
    @Test
    void theLongestExpressionsCompileIntoNetsThatRunAndDraw(@TempDir Path dir) {
        String nots = "X(t) = A(t-3) and " + "not not ".repeat(99) + "B(t-2)";
        // Printed as "(not not A(t-2) and not not B(t-1)) or ...": more than twice as long as written.
        StringBuilder chain = new StringBuilder("Y(t) = ~~A(t-2)&~~B(t-1)");
        while (chain.length() + 18 <= org.mark1.mcp.ExpressionParser.MAX_LENGTH) {
            chain.append("|~~A(t-2)&~~B(t-1)");
        }
        for (String expression : java.util.List.of(nots, chain.toString())) {
            Path file = dir.resolve("net.yaml");
            Result compiled = mark1("mcp", "compile", expression, "--out", file.toString());
            assertEquals(0, compiled.code(), compiled.err());
            Result run = mark1("mcp", "run", file.toString(), "--out", dir.resolve("t.csv").toString(),
                    "--png", dir.resolve("t.png").toString());
            assertEquals(0, run.code(), run.err());
        }
    }

    @Test
    void badNetFilesAreOneLineWithTheirPlace(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "neurons:\n  - {name: N1, input: true}\n  - {name: N2, threshold: 1.5}\n");
        assertUserError(mark1("mcp", "run", file.toString()), file + ":3:16: neurons[1].threshold: threshold must be a whole number from 1 to 1000000");
        Files.writeString(file, "neurons:\n  - {name: N1, input: true}\n  - {name: N2, threshold: 1}\nsynapses:\n  - {from: N1, to: N9}\n");
        assertUserError(mark1("mcp", "run", file.toString()), file + ":5:16: synapses[0].to: no neuron named N9");
        assertUserError(mark1("mcp", "run", dir.resolve("missing.yaml").toString()), dir.resolve("missing.yaml") + ": no such file");
        assertUserError(mark1("mcp", "run", "no-such-net"), "no shipped net named 'no-such-net'");
    }

    @Test
    void badArgumentsAreOneLine() {
        assertUserError(mark1("mcp", "run", "heat-illusion", "--input", "N9: 0 1"), "--input 'N9: 0 1': heat-illusion has no neuron N9");
        assertUserError(mark1("mcp", "run", "heat-illusion", "--input", "N2: 0 1 2"), "--input 'N2: 0 1 2': column 9:");
        assertUserError(mark1("mcp", "run", "heat-illusion", "--steps", "0"), "--steps 0 is impossible");
        assertUserError(mark1("mcp", "compile", "N3(t) = N1(t-1) or (N2(t-3)"), "expression column 28: expected ')'");
        assertUserError(mark1("mcp", "compile", "N3(t) = not N1(t-1)"), "expression: N3(t) = not N1(t-1) holds when every input");
        assertUserError(mark1("mcp", "compile", "N3(t) = N1(t-1)", "--check-length", "40"), "--check-length 40:");
        assertUserError(mark1("mcp"), "say what to do");
    }

    @Test
    void listNamesEveryShippedNet() {
        Result r = mark1("mcp", "list");
        assertEquals(0, r.code());
        for (String name : ShippedNets.names()) {
            assertTrue(r.out().contains("\n" + name + " ") || r.out().startsWith(name + " "), name);
        }
        assertTrue(mark1("mcp", "show", "memory-loop").out().contains("inhibitory: true"));
    }
}
