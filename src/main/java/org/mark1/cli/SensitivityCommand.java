package org.mark1.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mark1.compare.Comparison;
import org.mark1.experiment.Progress;
import org.mark1.scenario.Scenario;
import org.mark1.compare.Sensitivity;
import org.mark1.compare.SensitivityReport;
import org.mark1.compare.SensitivityWriter;
import org.mark1.io.AtomicFolder;
import org.mark1.io.InputError;
import org.mark1.scenario.Manifest;
import org.mark1.io.YamlDocument;
import org.mark1.learning.Rules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mark1 sensitivity}: how far trained weights can be disturbed before the answers change, rule by rule. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Trains several rules as compare does, then perturbs the learned weights "
            + "by growing amounts (all at once, and one at a time) and measures how many "
            + "answers flip and how far the outputs move. Writes sensitivity.csv, "
            + "sensitivity.png, report.md and manifest.json."})
public final class SensitivityCommand implements Callable<Integer> {

    /** The largest size allowed, as a fraction of the rms weight. */
    static final double MAX_SIZE = 100;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ScenarioChoice choice;

    @Mixin
    ComparedRules compared;

    @Option(names = "--sizes", split = ",", hideParamSyntax = true, defaultValue = "0.001,0.003,0.01,0.03,0.1,0.3,1,3", paramLabel = "S1,S2,...",
            description = "perturbation sizes, ascending, as fractions of the rms weight (default: ${DEFAULT-VALUE})")
    List<String> sizes;

    @Option(names = "--draws", defaultValue = "10", paramLabel = "N", description = "Gaussian draws per size (default: 10)")
    int draws;

    @Option(names = "--singles", defaultValue = "64", paramLabel = "N", description = "weights moved one at a time (default: 64)")
    int singles;

    @Option(names = "--threads", paramLabel = "N", description = "threads (default: all cores); the files do not depend on it")
    Integer threads;

    @Option(names = "--manifest", paramLabel = "FILE", description = "make again the measurement this manifest.json describes")
    Path manifest;

    @Option(names = "--out", paramLabel = "DIR", description = "results folder (default: runs/sensitivity-<scenario>-seed<N>)")
    Path out;

    static List<Double> sizes(List<String> parts) {
        List<Double> list = new ArrayList<>();
        for (String part : parts) {
            try {
                list.add(Double.parseDouble(part.strip()));
            } catch (NumberFormatException e) {
                throw new InputError("--sizes: '" + part.strip() + "' is not a number; give fractions of the rms weight, e.g. 0.01,0.1,1");
            }
        }
        return checked(list);
    }

    /** The sizes if each is above 0 and at most {@link #MAX_SIZE}, ascending, at most 30 of them. */
    static List<Double> checked(List<Double> list) {
        if (list == null || list.isEmpty() || list.size() > 30) {
            throw new InputError("--sizes gives " + (list == null ? 0 : list.size()) + " sizes; give 1 to 30");
        }
        for (int i = 0; i < list.size(); i++) {
            Double v = list.get(i);
            if (v == null || !(v > 0) || v > MAX_SIZE) {
                throw new InputError("--sizes: " + v + " is out of range; each size must be above 0 and at most " + (int) MAX_SIZE);
            }
            if (i > 0 && v <= list.get(i - 1)) {
                throw new InputError("--sizes: " + v + " does not follow " + list.get(i - 1) + "; give the sizes ascending, each once");
            }
        }
        return List.copyOf(list);
    }

    private static void range(String option, int value, int max) {
        if (value < 1 || value > max) {
            throw new InputError(option + " " + value + " is out of range; allowed: 1 to " + max);
        }
    }

    private Sensitivity fromManifest(Path file) {
        ManifestOptions.refuseBeside(spec, "--out", "--threads");
        YamlDocument doc = Manifest.check(file, Manifest.Kind.SENSITIVITY);
        SensitivityWriter.SensitivityManifest m = doc.bind("", doc.root(), SensitivityWriter.SensitivityManifest.class);
        Manifest.requireSameCards(doc, m.scenario(), m.cards());
        String where = file + ": ";
        try {
            range("--seeds", m.seeds(), 10_000);
            range("--draws", m.draws(), 1000);
            range("--singles", m.singles(), 100_000);
            checked(m.sizes());
            if (m.rules() == null || m.rules().isEmpty() || m.rules().stream().distinct().count() != m.rules().size()) {
                throw new InputError("--rules must name each rule once");
            }
        } catch (InputError e) {
            throw new InputError(where + e.getMessage().replace("--", "") + " (in the manifest)");
        }
        return new Sensitivity(new Comparison(m.scenario(), m.rules(), m.seeds(), m.weights()), m.sizes(), m.draws(),
                m.singles());
    }

    private Sensitivity fromOptions() {
        range("--draws", draws, 1000);
        range("--singles", singles, 100_000);
        List<Double> grid = sizes(sizes);
        return new Sensitivity(compared.on(choice.resolve()), grid, draws, singles);
    }

    @Override
    public Integer call() {
        Sensitivity sens = manifest != null ? fromManifest(manifest) : fromOptions();
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        range("--threads", n, 1024);
        Scenario s = sens.comparison().scenario();
        List<Rules> list = sens.comparison().rules();
        List<Double> grid = sens.sizes();
        Path dir = out != null ? out : Path.of("runs", "sensitivity-" + s.name() + "-seed" + s.seed());
        long start = System.nanoTime();
        try (AtomicFolder folder = SensitivityWriter.open(dir)) {
            Progress progress = ProgressBarProgress.onTerminal();
            List<Sensitivity.FlipRow> rows = sens.run(n, progress);
            SensitivityWriter.write(folder, sens, rows);
            var o = spec.commandLine().getOut();
            o.printf(Locale.ROOT, "%s: %d rules x %d seeds on %d threads in %.1f s (wall time)%n", s.name(), list.size(), sens.comparison().seeds(),
                    n, (System.nanoTime() - start) / 1e9);
            for (SensitivityReport.SensitivityLine l : SensitivityReport.lines(sens, rows)) {
                if (l.mode() == Sensitivity.PerturbationMode.ALL && (l.size() == grid.get(0) || l.size() == grid.get(grid.size() - 1))) {
                    o.printf(Locale.ROOT, "  %-16s noise %7.3f%% of rms weight: %6.2f%% of answers flipped%n", l.rule().id(),
                            100 * l.size(), 100 * l.flips().mean());
                }
            }
            o.printf("  results in %s%n", dir);
            o.flush();
        }
        return 0;
    }
}
