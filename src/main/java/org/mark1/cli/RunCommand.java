package org.mark1.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mark1.event.EventListener;
import org.mark1.event.Trace;
import org.mark1.experiment.Experiment;
import org.mark1.experiment.MachineStateFile;
import org.mark1.scenario.Manifest;
import org.mark1.report.RunWriter;
import org.mark1.scenario.Scenario;
import org.mark1.scenario.ScenarioLoader;
import org.mark1.experiment.Summary;
import org.mark1.io.AtomicFolder;
import org.mark1.io.InputError;
import org.mark1.io.WriteFailure;
import org.mark1.machine.Plugboard;
import org.mark1.machine.MachineState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code mark1 run}: runs one scenario and writes its results to a folder. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Runs a scenario on the Mark I and writes manifest.json, summary.json, curve.csv, curve.png, "
            + "state.json (the trained machine) and wiring.csv (and trace.jsonl with --trace) to a folder. "
            + "With no scenario, runs the flagship: squares against other shapes."})
public final class RunCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ScenarioChoice choice;

    @Mixin
    SeedOptions seedOptions;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "change a key for this run: a machine parameter (--set aThreshold=2) or any scenario key by its path (--set training.maxPasses=50); repeatable")
    java.util.List<String> settings;

    @Option(names = "--out", paramLabel = "DIR", description = "results folder (default: runs/<scenario>-seed<N>)")
    Path out;

    @Option(names = "--trace", description = "also write the timeline, one event per line, to trace.jsonl")
    boolean trace;

    @Option(names = "--wiring", paramLabel = "FILE", description = "plug the board from this wiring sheet (mark1 wiring)")
    Path wiring;

    @Option(names = "--state", paramLabel = "FILE",
            description = "start from this saved machine (a run's state.json): pots and thresholds, or an ideal-weights "
                    + "run's real weights, which start only a run in ideal weights")
    Path state;

    @Option(names = "--manifest", paramLabel = "FILE", description = "run again exactly the run this manifest.json describes")
    Path manifest;

    @Option(names = "--open", description = "when the results are written, open their report.html in the desktop's browser")
    boolean open;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "AUTO",
            description = "auto, events or loop: how the machine is worked; results do not depend on it (default: auto)")
    Experiment.Engine engine;

    @Override
    public Integer call() {
        Scenario s;
        Path wiringFile = wiring;
        Path stateFile = state;
        boolean withTrace = trace;
        if (manifest != null) {
            ManifestOptions.refuseBeside(spec, "--out", "--trace", "--engine", "--threads");
            Manifest m = readManifest(manifest);
            s = m.scenario();
            wiringFile = m.wiring() == null ? null : Sheets.verified(m.wiring());
            stateFile = m.state() == null ? null : Sheets.verified(m.state());
            withTrace = withTrace || m.trace();
        } else {
            s = ScenarioLoader.withSettings(choice.resolve(), settings);
        }
        Plugboard board = wiringFile == null ? null
                : Plugboard.fromCsv(wiringFile.toString(), Sheets.read(wiringFile), s.machine());
        MachineState saved = stateFile == null ? null : MachineStateFile.read(stateFile, s);
        java.util.List<Long> seeds = manifest != null ? (s.seeds() == null ? null
                : org.mark1.scenario.Seeds.list(manifest + ": seeds", s.seeds(), s.seed()))
                : seedOptions.resolve(s, choice.seed);
        if (seeds != null && seeds.size() > 1) {
            return sweep(s, seeds, board, saved, wiringFile, stateFile, withTrace);
        }
        s = seeds == null ? s.withSeeds(null) : s.withSeeds(null).withSeed(seeds.get(0));
        Path dir = out != null ? out : Path.of("runs", s.name() + "-seed" + s.seed());
        Manifest m = RunWriter.manifest(s, Sheets.describe(wiringFile), Sheets.describe(stateFile), withTrace);

        long wallStart = System.nanoTime();
        Experiment.Result result;
        try (AtomicFolder folder = RunWriter.open(dir)) { // before any work: a folder we cannot write fails now
            result = withTrace ? runWithTrace(s, board, saved, folder, dir.resolve(RunWriter.TRACE))
                    : Experiment.run(s, new Experiment.Options(board, saved, null, engine), ProgressBarProgress.onTerminal());
            RunWriter.write(folder, m, result);
            folder.commit();
        }
        double wall = (System.nanoTime() - wallStart) / 1e9;
        print(spec.commandLine().getOut(), result.summary(), dir, wall);
        openReport(dir);
        return 0;
    }

    /** With {@code --open}: the folder's report.html in the browser (its failure is one line, exit 2). */
    private void openReport(Path dir) {
        if (open) {
            Browser.open(dir.resolve(org.mark1.report.ReportPages.HTML), System.getenv());
        }
    }

    /** Several seeds: delegated to {@link SweepRun}. */
    private int sweep(Scenario s, java.util.List<Long> seeds, Plugboard board, MachineState saved, Path wiringFile,
            Path stateFile, boolean withTrace) {
        if (withTrace) {
            throw new InputError("--trace writes one machine's timeline; trace one seed (--seed N) rather than " + seeds.size());
        }
        Path dir = out != null ? out : SweepRun.defaultFolder(s, seeds);
        org.mark1.experiment.SweepSummary summary = SweepRun.run(s, seeds, seedOptions.threads(),
                new Experiment.Options(board, saved, null, engine), Sheets.describe(wiringFile), Sheets.describe(stateFile), dir);
        SweepRun.print(spec.commandLine().getOut(), summary, dir);
        openReport(dir);
        return 0;
    }

    /** Runs with the timeline streamed, event by event, into the new folder's trace.jsonl. */
    private Experiment.Result runWithTrace(Scenario s, Plugboard board, MachineState saved, AtomicFolder folder, Path shown) {
        try (Writer out = new BufferedWriter(new OutputStreamWriter(folder.open(RunWriter.TRACE), StandardCharsets.UTF_8),
                1 << 16)) {
            EventListener trace = event -> {
                try {
                    out.write(Trace.line(event));
                    out.write('\n');
                } catch (IOException e) {
                    throw WriteFailure.of(shown, e); // a full disk, say: the user's to fix, not a crash
                }
            };
            Experiment.Result result = Experiment.run(s, new Experiment.Options(board, saved, trace, engine),
                    ProgressBarProgress.onTerminal());
            out.flush();
            return result;
        } catch (IOException e) {
            throw WriteFailure.of(shown, e);
        }
    }

    private static Manifest readManifest(Path file) {
        return Manifest.read(file);
    }

    static void print(PrintWriter out, Summary s, Path dir, double wallSeconds) {
        out.printf(Locale.ROOT, "%s, seed %d, rule %s%n", s.scenario(), s.seed(), s.rule());
        out.printf(Locale.ROOT, "  training: %d presentations in %d passes over %d stimuli, %d errors%n",
                s.presentations(), s.passes(), s.trainingStimuli(), s.errors());
        out.printf(Locale.ROOT, "  first error-free pass: %s%n", s.firstErrorFreePass() == null ? "none within the allowed passes"
                : "pass " + s.firstErrorFreePass() + ", after " + s.presentationsToLearn() + " presentations");
        out.printf(Locale.ROOT, "  accuracy on the training stimuli: %.1f%%%n", 100 * s.trainAccuracy());
        if (s.freshAccuracy() != null) {
            out.printf(Locale.ROOT, "  accuracy on %d fresh stimuli:  %.1f%%%n", s.freshStimuli(), 100 * s.freshAccuracy());
        }
        out.printf(Locale.ROOT, "  A-units firing per stimulus: mean %.1f (min %d, max %d) of the machine's A-units%n",
                s.activeAUnits().mean(), s.activeAUnits().min(), s.activeAUnits().max());
        out.printf(Locale.ROOT, "  on the real machine this would have taken %s; here %.2f s%n", s.simulatedTime(), wallSeconds);
        out.printf(Locale.ROOT, "  results in %s: open %s or %s first (the curve, the answers, what the lamps learned)%n", dir,
                org.mark1.report.RunReport.REPORT, org.mark1.report.ReportPages.HTML);
        out.flush();
    }
}
