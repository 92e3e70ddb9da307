package org.mark1.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mark1.io.AtomicFiles;
import java.util.concurrent.Callable;
import org.mark1.report.Replay;
import org.mark1.scenario.Scenario;
import org.mark1.scenario.ScenarioLoader;
import org.mark1.scenario.Seeds;
import org.mark1.experiment.SweepSummary;
import org.mark1.io.InputError;
import org.mark1.io.InvalidValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mark1 replay}: runs shipped scenarios over their seeds and regenerates docs/scenarios.md. */
@Command(name = "replay", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Runs scenarios over many seeds (their seeds:, else 20 from their seed) "
            + "and sets each historical figure beside ours in docs/scenarios.md, with "
            + "each scenario's seeds.csv and curves in docs/scenarios/NAME/. "
            + "The run folders go to --out. The table is made only from the files."})
public final class ReplayCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", arity = "0..*", description = "shipped scenarios (or files) to replay")
    List<String> scenarios;

    @Option(names = "--all", description = "replay every shipped scenario (scenarios/*.yaml)")
    boolean all;

    @Option(names = "--seeds", paramLabel = "N|A-B", description = "seeds for every scenario (default: its seeds:, else 20)")
    String seeds;

    @Option(names = "--threads", paramLabel = "N", description = "seeds run at once (default: one per processor)")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "runs/replay",
            description = "folder for the run folders (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--docs", paramLabel = "DIR", defaultValue = "docs",
            description = "documentation folder to update (default: ${DEFAULT-VALUE})")
    Path docs;

    @Override
    public Integer call() {
        if (all == (scenarios != null && !scenarios.isEmpty())) {
            throw new InputError("replay: give --all or the names of scenarios to replay (e.g. mark1 replay mark1-squares)");
        }
        SeedOptions threading = new SeedOptions();
        threading.threads = threads;
        int n = threading.threads();
        Seeds override = null;
        if (seeds != null) {
            try {
                override = Seeds.parse(seeds);
            } catch (InvalidValue e) {
                throw new InputError("--seeds " + seeds + ": " + e.problem());
            }
        }
        List<Scenario> chosen = new ArrayList<>();
        for (String name : all ? ScenarioLoader.BUILT_IN : scenarios) {
            chosen.add(ScenarioLoader.find(name)); // every file is checked before anything runs
        }
        List<List<Long>> lists = new ArrayList<>();
        for (Scenario s : chosen) { // every scenario's seeds too
            Seeds given = override != null ? override : s.seeds();
            lists.add(given == null ? Replay.seeds(s, null)
                    : Seeds.list((override != null ? "--seeds " + seeds : s.name() + ": seeds") + " from seed " + s.seed(),
                            given, s.seed()));
        }
        AtomicFiles.checkWritable(out); // and both folders, before the first run: a file in the way fails now
        AtomicFiles.checkWritable(docs);
        var printer = spec.commandLine().getOut();
        for (int i = 0; i < chosen.size(); i++) {
            Scenario s = chosen.get(i);
            SweepSummary summary = Replay.run(s, lists.get(i), n, out, docs, ProgressBarProgress.onTerminal());
            SweepRun.print(printer, summary, out.resolve(s.name()));
        }
        Replay.writeTables(docs).forEach(f -> printer.println("wrote " + f));
        printer.flush();
        return 0;
    }
}
