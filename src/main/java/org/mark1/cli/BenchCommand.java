package org.mark1.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.mark1.experiment.Benchmark;
import org.mark1.experiment.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code mark1 bench}: how fast the machine is worked, plain loop against timed events. */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Trains the scenario's machine with the plain loop and with the discrete-event session,",
            "and prints presentations per second and the session's cost as a ratio to the loop (measured",
            "in the same run, interleaved, best of several rounds)."})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ScenarioChoice choice;

    @Option(names = "--presentations", paramLabel = "N", defaultValue = "20000", description = "per round (default: ${DEFAULT-VALUE})")
    int presentations;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5", description = "rounds, best kept (default: ${DEFAULT-VALUE})")
    int rounds;

    private static final int MAX_PRESENTATIONS = 10_000_000;
    private static final int MAX_ROUNDS = 100;

    @Override
    public Integer call() {
        if (presentations < 1 || rounds < 1) {
            throw new org.mark1.io.InputError("--presentations and --rounds must be at least 1");
        }
        if (presentations > MAX_PRESENTATIONS || rounds > MAX_ROUNDS) {
            throw new org.mark1.io.InputError("--presentations " + presentations + " --rounds " + rounds + " is more than a benchmark "
                    + "needs; allowed: up to " + MAX_PRESENTATIONS + " presentations and " + MAX_ROUNDS + " rounds");
        }
        Scenario s = choice.resolve();
        Benchmark.Figures f = Benchmark.run(s, presentations, rounds);
        var out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s: %d presentations per round, best of %d%n", s.name(), f.presentations(), rounds);
        out.printf(Locale.ROOT, "  plain loop (baseline):  %,12.0f presentations/s   1.00%n", f.loopPerSecond());
        out.printf(Locale.ROOT, "  discrete-event session: %,12.0f presentations/s   %.2f x the loop's time%n",
                f.eventsPerSecond(), f.eventsOverLoop());
        out.flush();
        return 0;
    }
}
