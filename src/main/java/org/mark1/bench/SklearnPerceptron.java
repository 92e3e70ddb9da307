package org.mark1.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * scikit-learn's {@code Perceptron} as a benchmark engine: the script shipped beside
 * {@link Benchmark} ({@code sklearn_perceptron.py}) trains it on the A-unit responses of the
 * benchmark's cards, the same 512 features, for the same number of presentations, and reports the
 * time its {@code fit} took. Optional: needs {@code /usr/bin/python3} with scikit-learn
 * ({@code apt-get install python3-sklearn}).
 */
public final class SklearnPerceptron {

    private static final String PYTHON = "/usr/bin/python3";

    private SklearnPerceptron() {
    }

    /** Whether the interpreter and scikit-learn are there. */
    public static boolean available() {
        try {
            Process p = new ProcessBuilder(PYTHON, "-c", "import sklearn").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The engine; writes the features and the script to {@code dir}. */
    public static Benchmark.TimedEngine engine(Benchmark.Workload w, Path dir) throws IOException {
        Path features = dir.resolve("features.txt");
        Path script = dir.resolve("sklearn_perceptron.py");
        Files.writeString(features, w.features(), StandardCharsets.UTF_8);
        try (InputStream in = SklearnPerceptron.class.getResourceAsStream("sklearn_perceptron.py")) {
            Files.write(script, in.readAllBytes());
        }
        int units = w.scenario().machine().associationUnits();
        return new Benchmark.TimedEngine("scikit-learn Perceptron", () -> () -> fit(script, features, units,
                w.cachedPresentations()), true);
    }

    /** Nanoseconds one fit took, scaled to {@code presentations} presentations. */
    private static long fit(Path script, Path features, int units, int presentations) {
        try {
            Process p = new ProcessBuilder(List.of(PYTHON, script.toString(), features.toString(),
                    String.valueOf(units), String.valueOf(presentations))).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("scikit-learn failed: " + out);
            }
            String[] f = out.lines().reduce((a, b) -> b).orElse("").split(" ");
            double done = Double.parseDouble(f[0]);
            double seconds = Double.parseDouble(f[1]);
            return Math.round(seconds / done * presentations * 1e9);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + PYTHON + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
