package org.mark1.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of bad inputs to {@code mark1 mcp}: each, run through the command line, must give exit
 * code 2, one line on stderr naming the problem, no exception text, nothing written (not even a
 * folder), and must finish well within a hang guard (which is not a speed test).
 *
 * <p>Cases are in code below and, for net files, in {@code src/test/resources/bad-inputs-mcp/}: each
 * file's first line is {@code # expect: TEXT}, a piece of the message it must get. In arguments,
 * {@code {in}} is a folder holding the inputs and {@code {out}} a place that must stay empty.
 */
class McpBadInputTest {
    private static final String HEAT = "N3(t) = N1(t-1) or (N2(t-3) and not N2(t-2))";

    /** A case: arguments (given the input folder), and a piece of the one-line message expected. */
    record Case(String name, Function<Path, List<String>> args, String expected, Setup setup) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Setup {
        void prepare(Path in) throws Exception;
    }

    private static final Setup NOTHING = in -> { };

    private static Case cli(String name, String expected, String... args) {
        return new Case(name, in -> List.of(args), expected, NOTHING);
    }

    private static Case compile(String name, String expression, String expected) {
        return cli(name, expected, "mcp", "compile", expression, "--out", "{out}/net.yaml");
    }

    private static Case run(String name, String expected, String... more) {
        List<String> args = new ArrayList<>(List.of("mcp", "run", "heat-illusion", "--out", "{out}/trace.csv"));
        args.addAll(List.of(more));
        return new Case(name, in -> args, expected, NOTHING);
    }

    static Stream<Case> codeCases() {
        return Stream.of(
                // Expressions too big for the parser, refused before any tree is built.
                compile("3000 nested parentheses", "X(t) = " + "(".repeat(3000) + "A(t-1)" + ")".repeat(3000),
                        "expression too long: 6013 characters; the limit is 4000"),
                compile("10000 nots", "X(t) = A(t-2) and " + "not ".repeat(10_000) + "A(t-1)", "expression too long: 40024 characters"),
                compile("10000 ors", "X(t) = " + String.join(" or ", java.util.Collections.nCopies(10_000, "A(t-1)")),
                        "expression too long: 100003 characters"),
                compile("1 MB expression", "X(t) = " + "A(t-1) or ".repeat(104_857) + "B(t-1)", "expression too long: 1048583 characters"),
                compile("250 nested parentheses", "X(t) = " + "(".repeat(250) + "A(t-1)" + ")".repeat(250),
                        "expression too deep: 250 nested levels of parentheses and 'not'; the limit is 200"),
                compile("201 negations", "X(t) = A(t-2) and " + "~".repeat(201) + "A(t-1)", "expression too deep: 201 nested levels"),
                compile("a NUL character", "X(t) = A(t-1)\u0000", "expression column 14: unexpected character U+0000"),
                compile("a delay of 20 digits", "X(t) = A(t-99999999999999999999)", "beyond this compiler's limit of 32"),
                compile("a number of 3000 digits", "X(t) = " + "9".repeat(3000), "found '9999999999999999999999999999999999999999… (3000"),
                compile("a delay of 3000 digits", "X(t) = A(t-" + "9".repeat(3000) + ")", "a delay of 9999999999999999999999999999999999999999…"),
                compile("a name of 65 letters", "X(t) = " + "Ж".repeat(65) + "(t-1)", "a neuron name of 65 characters; the limit is 64"),
                compile("17 different atoms", "X(t) = " + atoms(17), "17 different atoms; this compiler handles at most 16"),
                compile("7 atoms at t-1", "X(t) = A(t-1) and B(t-1) and C(t-1) and D(t-1) and E(t-1) and F(t-1) and G(t-1)",
                        "7 atoms at t-1; this compiler handles at most 6"),
                compile("Theorem III", "X(t) = not A(t-1)", "holds when every input has been silent"),
                // Numeric options.
                cli("check length -1", "--check-length -1 is impossible; allowed: 1 to 64", "mcp", "compile", HEAT, "--check-length", "-1"),
                cli("check length 0", "--check-length 0 is impossible", "mcp", "compile", HEAT, "--check-length", "0"),
                cli("check length 65", "--check-length 65 is impossible", "mcp", "compile", HEAT, "--check-length", "65"),
                cli("check length max int", "--check-length 2147483647 is impossible", "mcp", "compile", HEAT, "--check-length", "2147483647"),
                cli("check length beyond int", "'99999999999' is not an int", "mcp", "compile", HEAT, "--check-length", "99999999999"),
                cli("check length too many sequences", "--check-length 30: every sequence of 30 ticks over 2 inputs is 2^60 sequences,"
                        + " too many to try", "mcp", "compile", HEAT, "--check-length", "30", "--out", "{out}/net.yaml"),
                run("steps -1", "--steps -1 is impossible; allowed: 1 to 10000", "--steps", "-1"),
                run("steps 0", "--steps 0 is impossible", "--steps", "0"),
                run("steps 10001", "--steps 10001 is impossible", "--steps", "10001"),
                run("steps beyond int", "'99999999999' is not an int", "--steps", "99999999999"),
                // Input timelines.
                run("a timeline of 20001 ticks", "more than 10000 ticks; the limit is 10000", "--input", "N2: " + "0".repeat(20_001)),
                run("a 2 MB neuron name", "heat-illusion has no neuron NNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNN… (2000000 characters)",
                        "--input", "N".repeat(2_000_000) + ": 0 1"),
                run("a 2 MB bad timeline", "column 9: 'x' is not 0 or 1", "--input", "N2: 0 1 x" + " ".repeat(2_000_000)),
                run("not 0 or 1", "column 9: '2' is not 0 or 1", "--input", "N2: 0 1 2"),
                run("a control character", "column 9: character U+0007 is not 0 or 1", "--input", "N2: 0 1 \u0007"),
                run("an unknown neuron", "heat-illusion has no neuron N9; its inputs are: N1, N2", "--input", "N9: 0 1"),
                run("not an input", "N3 is not an input of heat-illusion", "--input", "N3: 0 1"),
                run("no separator", "expected NAME: timeline", "--input", "N2 0 1"),
                run("an input twice", "N2 is given twice", "--input", "N2: 1; N2: 0"),
                // Places to write.
                run("a picture too large", "a picture of 10001 ticks and 6 neurons would be", "--steps", "10000", "--png", "{out}/p.png"),
                run("an empty picture name", "--png is empty; give a file name", "--png", ""),
                cli("an empty CSV name", "--out is empty; give a file name", "mcp", "run", "delay", "--out", ""),
                cli("an empty net file name", "--out is empty; give a file name", "mcp", "compile", HEAT, "--out", ""),
                run("the picture over the CSV", "is also the CSV file", "--png", "{out}/trace.csv"),
                new Case("a picture under a file", in -> List.of("mcp", "run", "delay", "--out", "{out}/t.csv", "--png", "{in}/plain/p.png"),
                        "plain is a file, not a folder", in -> Files.writeString(in.resolve("plain"), "x")),
                new Case("a picture onto a folder", in -> List.of("mcp", "run", "delay", "--out", "{out}/t.csv", "--png", "{in}"),
                        "is a folder; name a file", NOTHING),
                new Case("compile out under a file", in -> List.of("mcp", "compile", HEAT, "--out", "{in}/plain/net.yaml"),
                        "plain is a file, not a folder", in -> Files.writeString(in.resolve("plain"), "x")),
                // What is named as a net.
                new Case("a folder as the net", in -> List.of("mcp", "run", "{in}", "--out", "{out}/t.csv"), "{in}", NOTHING),
                new Case("a binary net file", in -> List.of("mcp", "run", "{in}/bin.yaml", "--out", "{out}/t.csv"), "{in}/bin.yaml",
                        in -> Files.write(in.resolve("bin.yaml"), binary())),
                new Case("a net too large to run this long", in -> List.of("mcp", "run", "{in}/wide.yaml", "--steps", "1000", "--out", "{out}/t.csv"),
                        "--steps 1000 over 5000 neurons would record 5005000 states; the limit is 2000000: give --steps 399 or fewer",
                        in -> Files.writeString(in.resolve("wide.yaml"), wide(5000))),
                new Case("a net file of 10001 neurons", in -> List.of("mcp", "run", "{in}/wider.yaml", "--out", "{out}/t.csv"),
                        "neurons: 10001 neurons; the limit is 10000", in -> Files.writeString(in.resolve("wider.yaml"), wide(10_001))),
                cli("a 2 MB net name", "no shipped net named 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… (2000000 characters)'",
                        "mcp", "run", "x".repeat(2_000_000), "--out", "{out}/t.csv"),
                cli("an empty net name", "no net named; give a shipped net", "mcp", "run", "", "--out", "{out}/t.csv"),
                cli("show a name with a line break", "no shipped net named 'a\\nb'", "mcp", "show", "a\nb"),
                cli("check length of 100000 digits", "Invalid value for option '--check-length'", "mcp", "compile", HEAT, "--check-length", "9".repeat(100_000)),
                cli("show a path", "no shipped net named '../../etc/passwd'", "mcp", "show", "../../etc/passwd"));
    }

    private static String atoms(int n) {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add("A(t-" + (i + 1) + ")");
        }
        return String.join(" or ", list);
    }

    private static byte[] binary() {
        byte[] b = new byte[3000];
        new java.util.SplittableRandom(1943).nextBytes(b);
        return b;
    }

    private static String wide(int neurons) {
        StringBuilder b = new StringBuilder("neurons:\n");
        for (int i = 0; i < neurons; i++) {
            b.append("  - {name: N").append(i).append(", input: true}\n");
        }
        return b.toString();
    }

    static Stream<Case> fileCases() throws IOException {
        Path folder = Path.of("src/test/resources/bad-inputs-mcp");
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                String first = Files.readAllLines(f, StandardCharsets.UTF_8).get(0);
                assertTrue(first.startsWith("# expect: "), f + " must begin with '# expect: '");
                String name = f.getFileName().toString();
                cases.add(new Case(name, in -> List.of("mcp", "run", "{in}/" + name, "--out", "{out}/trace.csv", "--png", "{out}/run.png"),
                        first.substring("# expect: ".length()), in -> Files.copy(f, in.resolve(name))));
            }
        }
        assertTrue(cases.size() >= 20, "the corpus of net files");
        return cases.stream();
    }

    static Stream<Arguments> cases() throws IOException {
        return Stream.concat(codeCases(), fileCases()).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedInOneLineWithExitTwoAndNothingWritten(Case c, @TempDir Path dir) throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        c.setup().prepare(in);
        List<String> before = listing(dir);
        String[] args = c.args().apply(in).stream().map(a -> a.replace("{in}", in.toString()).replace("{out}", dir.resolve("out").toString()))
                .toArray(String[]::new);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> Mark1.execute(args, new PrintWriter(out, true), new PrintWriter(err, true)), "hang guard");
        String message = err.toString();
        String expected = c.expected().replace("{in}", in.toString());
        assertEquals(2, code, message);
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("mark1: "), message);
        assertTrue(message.contains(expected), "expected '" + expected + "' in: " + message);
        assertTrue(message.length() < 1200, "a short line: " + message.length() + " characters");
        for (String trace : List.of("Exception", "\tat ", "at org.", "at java.", "Caused by")) {
            assertFalse(message.contains(trace) || out.toString().contains(trace), message);
        }
        assertEquals("", out.toString(), "nothing printed on stdout");
        assertEquals(before, listing(dir), "nothing written");
    }

    /**
     * A named pipe, a device and a huge file are not net files: a plain read would block for ever,
     * fill the memory, or parse for minutes. mcp reads through the shared reader in io
     * ({@code InputError.readText}), which refuses them.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("specialFiles")
    void aPipeOrADeviceIsNotReadAsANetFile(String what, @TempDir Path dir) throws Exception {
        Path special;
        if (what.equals("huge")) {
            special = Files.writeString(dir.resolve("huge.yaml"), "# " + "x".repeat(20 * 1024 * 1024) + "\n");
        } else if (what.equals("fifo")) {
            special = dir.resolve("pipe.yaml");
            Process p;
            try {
                p = new ProcessBuilder("mkfifo", special.toString()).start();
            } catch (IOException e) {
                assumeTrue(false, "mkfifo is not available");
                return;
            }
            assumeTrue(p.waitFor() == 0, "mkfifo failed");
        } else {
            special = Path.of("/dev/zero");
            assumeTrue(Files.exists(special), "no /dev/zero here");
        }
        Path in = special;
        StringWriter err = new StringWriter();
        int code = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Mark1.execute(
                new String[] {"mcp", "run", in.toString(), "--out", dir.resolve("out/t.csv").toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)), "hang guard");
        assertEquals(2, code, err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("mark1: " + in), err.toString());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    static Stream<String> specialFiles() {
        return Stream.of("fifo", "device", "huge");
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }
}
