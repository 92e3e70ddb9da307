package org.mark1.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.mark1.compare.Calibration;
import org.mark1.compare.CalibrationAxis;
import org.mark1.compare.CalibrationWriter;
import org.mark1.io.AtomicFolder;
import org.mark1.io.InputError;
import org.mark1.io.YamlDocument;
import org.mark1.report.CalibrationSheet;
import org.mark1.scenario.Manifest;
import org.mark1.scenario.Measure;
import org.mark1.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mark1 calibrate}: a scenario over a grid of [gap] parameters and seeds, beside history's figure. */
@Command(name = "calibrate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Runs a scenario over a grid of one or two [gap] parameters (any key --set reaches) and over seeds, "
            + "measuring the figure its history: block compares, and writes calibration.csv, calibration.png, report.md "
            + "(where history's value lies within our 95 %% interval, in words) and manifest.json."})
public final class CalibrateCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ScenarioChoice choice;

    @Mixin
    SeedOptions seedOptions;

    @Option(names = "--vary", paramLabel = "KEY=RANGE",
            description = "a key and its values: a range FIRST..LAST:STEP (5..60:5) or a list a,b,c; once or twice")
    List<String> vary;

    @Option(names = "--measure", paramLabel = "FIGURE",
            description = "which reading of the history block to measure (default: its measure)")
    String measure;

    @Option(names = "--manifest", paramLabel = "FILE", description = "make again the calibration this manifest.json describes")
    Path manifest;

    @Option(names = "--out", paramLabel = "DIR", description = "results folder (default: runs/calibrate-<scenario>)")
    Path out;

    @Override
    public Integer call() {
        Calibration c = manifest != null ? fromManifest() : fromArguments();
        int threads = seedOptions.threads();
        Path dir = out != null ? out : Path.of("runs", "calibrate-" + c.scenario().name());
        c.scenarios(); // every point checked before the folder is touched
        CalibrationSheet sheet;
        try (AtomicFolder folder = CalibrationWriter.open(dir)) {
            sheet = c.run(threads, ProgressBarProgress.onTerminal());
            CalibrationWriter.write(folder, c, sheet);
            folder.commit();
        }
        var o = spec.commandLine().getOut();
        o.println(c.scenario().name() + ": " + sheet.findings());
        o.println("  results in " + dir);
        o.flush();
        return 0;
    }

    private Calibration fromManifest() {
        ManifestOptions.refuseBeside(spec, "--out", "--threads");
        YamlDocument doc = Manifest.check(manifest, Manifest.Kind.CALIBRATE);
        return CalibrationWriter.fromManifest(doc.bind("", doc.root(), CalibrationWriter.CalibrationManifest.class));
    }

    private Calibration fromArguments() {
        if (vary == null || vary.isEmpty()) {
            throw new InputError("calibrate: give --vary KEY=RANGE (e.g. --vary training.examplesPerClass=5..30:5), once or twice");
        }
        if (seedOptions.seeds == null) {
            throw new InputError("calibrate: give --seeds N (or A-B): each point is measured over seeds, e.g. --seeds 20");
        }
        List<CalibrationAxis> axes = vary.stream().map(CalibrationAxis::parse).toList();
        Scenario s = choice.resolve();
        Measure m = null;
        if (measure != null) {
            m = Arrays.stream(Measure.values()).filter(x -> x.id().equals(measure)).findFirst()
                    .orElseThrow(() -> new InputError("--measure " + InputError.excerpt(measure) + ": no such figure; give one of "
                            + String.join(", ", Arrays.stream(Measure.values()).map(Measure::id).toList())));
        }
        List<Long> seeds = seedOptions.resolve(s, choice.seed);
        return Calibration.of(s.withSeed(seeds.get(0)), m, axes, seeds);
    }
}
