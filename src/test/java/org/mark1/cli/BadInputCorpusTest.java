package org.mark1.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mark1.scenario.Manifest;
import org.mark1.io.ProjectVersion;
import org.mark1.io.YamlDocument;
import org.mark1.machine.MachineConfig;

/**
 * Every case of {@code src/test/resources/bad-inputs/cases.txt} through the command line: exit
 * code 2, exactly one line on stderr naming the problem, no stack trace, nothing written, within a
 * generous time bound (a guard against hangs, not a speed test).
 */
class BadInputCorpusTest {

    private static final String CORPUS = "/bad-inputs/";
    private static final Duration HANG_GUARD = Duration.ofSeconds(10);

    record Case(int line, String arguments, String fragment) {
        @Override
        public String toString() {
            return "line " + line + ": " + (arguments.length() > 100 ? arguments.substring(0, 100) + "…" : arguments);
        }
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        List<String> lines = resource("cases.txt").lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int arrow = line.indexOf(" => ");
            String args = arrow < 0 ? line : line.substring(0, arrow).strip();
            String fragment = arrow < 0 ? null : line.substring(arrow + 4).strip();
            cases.add(Arguments.of(new Case(i + 1, args, fragment)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedInOneLineWithExitTwoAndNothingWritten(Case c, @TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        String[] args = expand(c.arguments(), files, tmp, out);
        Set<String> before = listing(tmp);
        Set<String> corpusBefore = listing(files);

        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = assertTimeoutPreemptively(HANG_GUARD,
                () -> Mark1.execute(args, new PrintWriter(stdout, true), new PrintWriter(stderr, true)), c.toString());

        String err = stderr.toString();
        assertEquals(2, code, c + "\nstderr: " + err);
        List<String> errLines = err.lines().toList();
        assertEquals(1, errLines.size(), c + ": one line on stderr, got:\n" + err);
        assertTrue(err.startsWith("mark1: "), err);
        assertFalse(err.contains("Exception"), "no exception names: " + err);
        assertFalse(err.contains("at org.") || err.contains("at java."), "no stack trace: " + err);
        assertTrue(err.length() < 1200, "a short message, not an echo of the input: " + err.length() + " characters");
        if (c.fragment() != null) {
            assertTrue(err.contains(c.fragment()), c + ": expected '" + c.fragment() + "' in: " + err);
        }
        assertFalse(Files.exists(out), "nothing may be written to --out");
        assertEquals(before, listing(tmp), "nothing may be written beside the inputs");
        assertEquals(corpusBefore, listing(files), "nothing may be written beside the corpus");
    }

    @TempDir
    static Path files;

    @BeforeAll
    static void copyTheCorpus() throws IOException {
        copyCorpus(files);
    }

    /** The manifest the manifest cases edit runs: so each of them fails for its edit, not for a stale template. */
    @Test
    void theGoodManifestTemplateRuns(@TempDir Path tmp) throws Exception {
        String template = resource("manifest-good-template.json.txt");
        Path m = tmp.resolve("manifest.json");
        Files.writeString(m, fill(template.substring(template.indexOf('\n') + 1)));
        StringWriter err = new StringWriter();
        int code = Mark1.execute(new String[] {"run", "--manifest", m.toString(), "--out", tmp.resolve("r").toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        assertTrue(Files.exists(tmp.resolve("r").resolve("manifest.json")));
    }

    /** The good compare, sensitivity and trace inputs the cases edit are taken as they are: each case fails for its edit. */
    @Test
    void theGoodComparisonSensitivityAndTraceRun(@TempDir Path tmp) throws Exception {
        List<String[]> good = List.of(
                new String[] {"compare", "--manifest", files.resolve("compare-manifest-good.json").toString(), "--out",
                    tmp.resolve("c").toString()},
                new String[] {"sensitivity", "--manifest", files.resolve("sensitivity-manifest-good.json").toString(), "--out",
                    tmp.resolve("s").toString()},
                new String[] {"render", files.resolve("two-lamps.yaml").toString(), "--replay",
                    files.resolve("trace-good.jsonl").toString(), "--frames", "2", "--no-png", "--out", tmp.resolve("r").toString()});
        for (String[] args : good) {
            StringWriter err = new StringWriter();
            int code = Mark1.execute(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
            assertEquals(0, code, String.join(" ", args) + ": " + err);
        }
        assertTrue(Files.exists(tmp.resolve("c").resolve("manifest.json")));
        assertTrue(Files.exists(tmp.resolve("s").resolve("manifest.json")));
        assertTrue(Files.exists(tmp.resolve("r").resolve("exhibit.gif")));
    }

    /** A run of image cards runs again from its manifest while no card changed, to the same manifest. */
    @Test
    void aRunOfImageCardsRunsAgainWhileNoCardChanged(@TempDir Path tmp) throws Exception {
        Path manifest = cardRun(tmp, "none", "run");
        assertTrue(Files.readString(manifest).contains("\"cards\""), "the manifest holds the cards' digests");
        StringWriter err = new StringWriter();
        int code = Mark1.execute(new String[] {"run", "--manifest", manifest.toString(), "--out", tmp.resolve("again").toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        assertEquals(Files.readString(manifest), Files.readString(tmp.resolve("again").resolve("manifest.json")));
    }

    /** The good scenario the --set cases start from runs as it is. */
    @Test
    void theTwoLampScenarioRuns(@TempDir Path tmp) throws Exception {
        Path s = tmp.resolve("two-lamps.yaml");
        Files.writeString(s, resource("two-lamps.yaml"));
        StringWriter err = new StringWriter();
        int code = Mark1.execute(new String[] {"run", s.toString(), "--out", tmp.resolve("r").toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
    }

    private static String[] expand(String arguments, Path files, Path tmp, Path out) throws IOException {
        List<String> args = new ArrayList<>();
        for (String raw : arguments.split(" +")) {
            String a = raw.replace("\\s", " ").replace("\\n", "\n");
            a = a.replace("{out}", out.toString());
            if (a.contains("{dir}")) {
                Path dir = Files.createDirectories(tmp.resolve("a-folder"));
                a = a.replace("{dir}", dir.toString());
            }
            if (a.contains("{file}")) {
                Path file = tmp.resolve("a-file.txt");
                Files.writeString(file, "an ordinary file\n");
                a = a.replace("{file}", file.toString());
            }
            if (a.contains("{fifo}")) {
                a = a.replace("{fifo}", fifo(tmp).toString());
            }
            if (a.contains("{devzero}")) {
                assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero here");
                a = a.replace("{devzero}", "/dev/zero");
            }
            if (a.contains("{huge}")) {
                Path huge = tmp.resolve("huge.yaml");
                try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
                    f.setLength(20L * 1024 * 1024);
                }
                a = a.replace("{huge}", huge.toString());
            }
            if (a.contains("{longline}")) {
                a = a.replace("{longline}", write(tmp, "long-line.yaml", "name: quick\ndescription: " + "x".repeat(70_000) + "\n"));
            }
            if (a.contains("{deep}")) {
                a = a.replace("{deep}", write(tmp, "deep.yaml", "name: " + "[".repeat(4_500) + "]".repeat(4_500) + "\n"));
            }
            if (a.contains("{longname}")) {
                a = a.replace("{longname}", write(tmp, "long-name.yaml",
                        resource("two-lamps.yaml").replace("name: quick", "name: " + "n".repeat(9_000))));
            }
            if (a.contains("{pipe-card}")) {
                Path cards = Files.createDirectories(tmp.resolve("cards"));
                Path pipe = fifo(tmp);
                Files.move(pipe, cards.resolve("card.png"));
                a = a.replace("{pipe-card}", write(tmp, "pipe-card.yaml", resource("two-lamps.yaml")
                        .replace("shapes: [square]", "images: '" + cards + "'")));
            }
            if (a.contains("{dir-with-notes}")) {
                Path notes = Files.createDirectories(tmp.resolve("notes"));
                Files.writeString(notes.resolve("notes.txt"), "not a comparison\n");
                a = a.replace("{dir-with-notes}", notes.toString());
            }
            if (a.contains("{dir-with-curves-folder}")) {
                Path results = Files.createDirectories(tmp.resolve("results").resolve("curves.png"));
                Files.writeString(results.resolve("inner.txt"), "a folder where a picture would go\n");
                a = a.replace("{dir-with-curves-folder}", results.getParent().toString());
            }
            if (a.contains("{trace-beside-old-manifest}")) {
                Path run = Files.createDirectories(tmp.resolve("old-run"));
                Files.copy(files.resolve("manifest-other-version.json"), run.resolve("manifest.json"));
                Files.copy(files.resolve("trace-good.jsonl"), run.resolve("trace.jsonl"));
                a = a.replace("{trace-beside-old-manifest}", run.resolve("trace.jsonl").toString());
            }
            for (String edit : List.of("changed-card", "removed-card", "added-card")) {
                if (a.contains("{" + edit + "}")) {
                    a = a.replace("{" + edit + "}", cardRun(tmp, edit, "run").toString());
                }
                for (String command : List.of("compare", "sensitivity")) {
                    if (a.contains("{" + edit + ":" + command + "}")) {
                        a = a.replace("{" + edit + ":" + command + "}", cardRun(tmp, edit, command).toString());
                    }
                }
            }
            if (a.contains("{big-cards}")) {
                Path cards = Files.createDirectories(tmp.resolve("big-cards"));
                java.awt.image.BufferedImage big = new java.awt.image.BufferedImage(4096, 4096,
                        java.awt.image.BufferedImage.TYPE_BYTE_BINARY);
                javax.imageio.ImageIO.write(big, "png", cards.resolve("card-00.png").toFile());
                for (int i = 1; i < 16; i++) {
                    Files.copy(cards.resolve("card-00.png"), cards.resolve(String.format("card-%02d.png", i)));
                }
                a = a.replace("{big-cards}", write(tmp, "big-cards.yaml", resource("two-lamps.yaml")
                        .replace("shapes: [square]", "images: '" + cards + "'")));
            }
            a = a.replace("{empty}", "");
            a = a.replace("{longpath}", tmp.resolve("p".repeat(100_000)).toString());
            Matcher zeros = Pattern.compile("\\{zeros:(\\d+)}").matcher(a);
            if (zeros.find()) {
                a = zeros.replaceAll("0 ".repeat(Integer.parseInt(zeros.group(1))).strip());
            }
            if (a.startsWith("@")) {
                a = files.resolve(a.substring(1)).toString();
            }
            args.add(a);
        }
        return args.toArray(String[]::new);
    }

    /**
     * A run (or comparison, or sensitivity measurement: {@code command}) of a scenario with image
     * cards, its manifest.json returned after one card was changed,
     * removed or added ({@code edit}): the manifest's digests of the cards must notice.
     */
    private static Path cardRun(Path tmp, String edit, String command) throws IOException {
        Path cards = Files.createDirectories(tmp.resolve("cards"));
        for (int i = 0; i < 3; i++) {
            card(cards.resolve("card-" + i + ".png"), 4 + 3 * i);
        }
        Path scenario = Path.of(write(tmp, "card-scenario.yaml", resource("two-lamps.yaml")
                .replace("shapes: [square]", "images: '" + cards + "'")));
        Path run = tmp.resolve("card-run");
        StringWriter err = new StringWriter();
        String[] args = switch (command) {
            case "compare" -> new String[] {"compare", scenario.toString(), "--rules", "lms", "--seeds", "1", "--out",
                run.toString()};
            case "sensitivity" -> new String[] {"sensitivity", scenario.toString(), "--rules", "lms", "--seeds", "1",
                "--sizes", "1", "--draws", "1", "--singles", "1", "--out", run.toString()};
            default -> new String[] {"run", scenario.toString(), "--out", run.toString()};
        };
        int code = Mark1.execute(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        switch (edit) {
            case "changed-card" -> card(cards.resolve("card-1.png"), 12);
            case "removed-card" -> Files.delete(cards.resolve("card-2.png"));
            case "added-card" -> card(cards.resolve("card-3.png"), 9);
            default -> { } // unchanged
        }
        return run.resolve("manifest.json");
    }

    /** A 40 x 40 card with a black square of side {@code side} in the middle. */
    private static void card(Path file, int side) throws IOException {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(40, 40, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 40, 40);
        g.setColor(java.awt.Color.BLACK);
        g.fillRect(20 - side / 2, 20 - side / 2, side, side);
        g.dispose();
        javax.imageio.ImageIO.write(img, "png", file.toFile());
    }

    private static String write(Path tmp, String name, String text) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, text);
        return f.toString();
    }

    private static Path fifo(Path tmp) {
        Path fifo = tmp.resolve("a-pipe");
        try {
            Process p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
            assumeTrue(p.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            assumeTrue(false, "interrupted");
        }
        return fifo;
    }

    /** Copies the corpus files, filling in this build's version, machine and stream seeds in the manifests. */
    private static void copyCorpus(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path corpus;
        try {
            corpus = Path.of(BadInputCorpusTest.class.getResource(CORPUS).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<String> names;
        try (Stream<Path> all = Files.list(corpus)) {
            names = all.map(p -> p.getFileName().toString()).toList();
        }
        for (String name : names) {
            byte[] bytes = bytes(name);
            if (name.endsWith(".json")) {
                bytes = fill(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            }
            Files.write(dir.resolve(name), bytes);
        }
    }

    private static String fill(String json) throws IOException {
        return json.replace("{version}", ProjectVersion.get())
                .replace("{machine}", YamlDocument.JSON.writeValueAsString(MachineConfig.defaults()))
                .replace("{streams}", YamlDocument.JSON.writeValueAsString(Manifest.streams(8)));
    }

    private static Set<String> listing(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.map(p -> dir.relativize(p).toString()).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    private static String resource(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String name) {
        try (InputStream in = BadInputCorpusTest.class.getResourceAsStream(CORPUS + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + CORPUS + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
