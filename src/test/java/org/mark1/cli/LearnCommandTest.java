package org.mark1.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mark1.io.YamlDocument;

/**
 * {@code mark1 learn} against the references kept in src/test/resources/learn/, produced by the
 * scripts in src/test/python/ (scikit-learn 1.2.1, NumPy 1.24.2), and its refusals of bad tables.
 */
class LearnCommandTest {

    private static final Path RESOURCES = Path.of("src/test/resources/learn");
    private static final Path DATA = Path.of("scenarios/data");

    private static JsonNode learn(Path out, String... args) throws Exception {
        String[] all = java.util.stream.Stream.of(java.util.stream.Stream.of("learn"), java.util.Arrays.stream(args), java.util.stream.Stream.of("--out",
                out.toString())).flatMap(s -> s).toArray(String[]::new);
        CliTest.Outcome o = CliTest.mark1(all);
        assertEquals(0, o.code(), o.err());
        return YamlDocument.JSON.readTree(Files.readString(out));
    }

    private static double[] doubles(JsonNode array) {
        double[] v = new double[array.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = array.get(i).doubleValue();
        }
        return v;
    }

    private static JsonNode expected(String name) throws Exception {
        return YamlDocument.JSON.readTree(Files.readString(RESOURCES.resolve(name)));
    }

    @Test
    void thePerceptronRuleEqualsScikitLearnToTheLastDigit(@TempDir Path dir) throws Exception {
        // perceptron_reference.py: Perceptron(shuffle=False, tol=None, eta0=1, max_iter=EPOCHS), zero start.
        for (String[] c : new String[][] {{"iris-versicolor-virginica", "50"}, {"blobs", "30"}}) {
            JsonNode want = expected(c[0] + "-perceptron-expected.json");
            JsonNode got = learn(dir.resolve(c[0] + ".json"), "--rule", "error-correction", "--eta", "1", "--epochs", c[1],
                    "--data", RESOURCES.resolve(c[0] + ".csv").toString());
            assertArrayEquals(doubles(want.get("weights")), doubles(got.get("weights")), 0.0, c[0]);
            assertEquals(want.get("bias").doubleValue(), got.get("bias").doubleValue(), 0.0, c[0]);
            assertEquals(want.get("classes"), got.get("classes"));
        }
    }

    @Test
    void theBackpropNetworkMatchesNumPyAfterSixtyThousandIterations(@TempDir Path dir) throws Exception {
        // mlp_reference.py from xor_init.py's weights (np.random.seed(1)): the classic 11-line example.
        JsonNode want = expected("xor3-mlp-expected.json");
        JsonNode got = learn(dir.resolve("m.json"), "--rule", "mlp", "--hidden", "4", "--batch", "full", "--epochs", "60000",
                "--data", DATA.resolve("xor3.csv").toString(), "--init", DATA.resolve("xor3-init.json").toString());
        assertArrayEquals(doubles(want.get("outputs")), doubles(got.get("outputs")), 1e-9);
        for (int l = 0; l < 2; l++) {
            JsonNode w = want.get("layers").get(l).get("weights");
            for (int i = 0; i < w.size(); i++) {
                assertArrayEquals(doubles(w.get(i)), doubles(got.get("layers").get(l).get("weights").get(i)), 1e-9);
            }
        }
    }

    @Test
    void noSingleUnitEverGetsAllFourOfXorRight(@TempDir Path dir) throws Exception {
        for (String rule : List.of("error-correction", "forced", "gamma", "hebb", "lms", "sigmoid", "sigmoid-ce")) {
            for (String order : List.of("as-given", "shuffled")) {
                JsonNode got = learn(dir.resolve(rule + ".json"), "--rule", rule, "--epochs", "500", "--eta", "0.1",
                        "--order", order, "--data", DATA.resolve("xor.csv").toString());
                double best = 0;
                int fewest = Integer.MAX_VALUE;
                for (int e = 0; e < 500; e++) {
                    best = Math.max(best, got.get("accuracy").get(e).doubleValue());
                    fewest = Math.min(fewest, got.get("mistakes").get(e).intValue());
                }
                assertTrue(best <= 0.75, rule + " " + order + ": " + best);
                assertTrue(fewest >= 1, rule + " " + order + ": an epoch without mistakes");
            }
        }
    }

    @Test
    void threeFourOneSigmoidNetworkLearnsXorFromSeededWeights(@TempDir Path dir) throws Exception {
        // Inputs (0,0,1), (0,1,1), (1,0,1), (1,1,1); targets 0,1,1,0; rate 1; full batch; 60,000
        // iterations; weights uniform in [-1, 1) from the seed's INITIAL_POTS stream; no biases.
        JsonNode got = learn(dir.resolve("x.json"), "--rule", "mlp", "--hidden", "4", "--no-bias", "--batch", "full",
                "--eta", "1", "--epochs", "60000", "--seed", "1", "--data", DATA.resolve("xor3.csv").toString());
        double[] y = doubles(got.get("outputs"));
        double[] target = {0, 1, 1, 0};
        for (int r = 0; r < 4; r++) {
            assertEquals(target[r], y[r], 0.05, "row " + r);
        }
        assertEquals(1.0, got.get("accuracy").get(59_999).doubleValue());
        assertEquals(0.5, got.get("accuracy").get(0).doubleValue(), 0.26, "it did not start knowing XOR");
    }

    @Test
    void shuffledOrderIsReproducibleFromItsSeed(@TempDir Path dir) throws Exception {
        String data = RESOURCES.resolve("blobs.csv").toString();
        learn(dir.resolve("a.json"), "--rule", "lms", "--eta", "0.01", "--order", "shuffled", "--seed", "5", "--data", data);
        learn(dir.resolve("b.json"), "--rule", "lms", "--eta", "0.01", "--order", "shuffled", "--seed", "5", "--data", data);
        learn(dir.resolve("c.json"), "--rule", "lms", "--eta", "0.01", "--order", "shuffled", "--seed", "6", "--data", data);
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.json")), Files.readAllBytes(dir.resolve("b.json")));
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(dir.resolve("a.json")), Files.readAllBytes(dir.resolve("c.json"))));
    }

    @Test
    void initStartsFromTheGivenWeights(@TempDir Path dir) throws Exception {
        // One epoch of error correction from w = (1, -1), b = 0.5 on XOR, rows in order:
        // (0,0)->0: u = 0.5 > 0, wrong: w = (1,-1), b = -0.5.  (0,1)->1: u = -1.5, wrong: w = (1,0), b = 0.5.
        // (1,0)->1: u = 1.5 right.  (1,1)->0: u = 1.5, wrong: w = (0,-1), b = -0.5.
        Path init = dir.resolve("init.json");
        Files.writeString(init, "{\"weights\": [1, -1], \"bias\": 0.5, \"note\": \"ignored\"}");
        JsonNode got = learn(dir.resolve("o.json"), "--rule", "error-correction", "--epochs", "1", "--init", init.toString(),
                "--data", DATA.resolve("xor.csv").toString());
        assertArrayEquals(new double[] {0, -1}, doubles(got.get("weights")), 0.0);
        assertEquals(-0.5, got.get("bias").doubleValue(), 0.0);
        assertEquals(3, got.get("mistakes").get(0).intValue());
    }

    @Test
    void badTablesAreRefusedInOneLineWithNothingWritten(@TempDir Path dir) throws Exception {
        Object[][] cases = {
            {"empty.csv", "".getBytes(), "empty"},
            {"header.csv", "a,b,label\n".getBytes(), "no data rows"},
            {"ragged.csv", "a,b,label\n1,2,0\n3,1\n".getBytes(), ":3:"},
            {"text.csv", "a,b,label\n1,2,0\n3,x,1\n".getBytes(), ":3:2:"},
            {"nan.csv", "1,2,0\nNaN,1,1\n".getBytes(), ":2:1:"},
            {"inf.csv", "1,2,0\n1,Infinity,1\n".getBytes(), ":2:2:"},
            {"huge.csv", "1,2,0\n1,1e999,1\n".getBytes(), ":2:2:"},
            {"oneclass.csv", "1,2,cat\n3,4,cat\n".getBytes(), "two classes"},
            {"three.csv", "1,2,a\n3,4,b\n5,6,c\n".getBytes(), "3 classes"},
            {"binary.csv", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2}, "binary"},
            {"nul.csv", "1,2,0\n3,\u0000,1\n".getBytes(), "binary"},
        };
        for (Object[] c : cases) {
            Path f = dir.resolve((String) c[0]);
            Files.write(f, (byte[]) c[1]);
            Path out = dir.resolve(c[0] + ".json");
            CliTest.Outcome o = CliTest.mark1("learn", "--rule", "sigmoid", "--data", f.toString(), "--out", out.toString());
            assertEquals(2, o.code(), c[0] + ": " + o.err());
            assertEquals(1, o.err().strip().lines().count(), o.err());
            assertTrue(o.err().contains(f.toString()), "names the file: " + o.err());
            assertTrue(o.err().contains((String) c[2]), c[0] + ": " + o.err());
            assertFalse(Files.exists(out), "nothing written for " + c[0]);
        }
    }

    @Test
    void badOptionsAreRefused(@TempDir Path dir) {
        String data = DATA.resolve("xor.csv").toString();
        for (String[] args : new String[][] {{"--rule", "delta"}, {"--rule", "lms", "--eta", "-1"},
            {"--rule", "lms", "--batch", "mini"}, {"--rule", "lms", "--epochs", "0"}}) {
            String[] all = java.util.stream.Stream.concat(java.util.stream.Stream.of("learn", "--data", data, "--out",
                    dir.resolve("x.json").toString()), java.util.Arrays.stream(args)).toArray(String[]::new);
            CliTest.Outcome o = CliTest.mark1(all);
            assertEquals(2, o.code(), String.join(" ", args) + ": " + o.err());
            assertFalse(Files.exists(dir.resolve("x.json")));
        }
    }
}
