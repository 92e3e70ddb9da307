package org.mark1.cli;

import java.util.List;
import org.mark1.scenario.Scenario;
import org.mark1.experiment.SeedSweep;
import org.mark1.scenario.Seeds;
import org.mark1.io.InputError;
import org.mark1.io.InvalidValue;
import picocli.CommandLine.Option;

/** {@code --seeds N|A-B} and {@code --threads N}: repeat a scenario over many seeds, in parallel. */
final class SeedOptions {

    @Option(names = "--seeds", paramLabel = "N|A-B",
            description = {"repeat over seeds; every figure as mean, 95 %% interval and min-max. "
                + "N = the scenario's seed (or --seed) and the next N-1; A-B = seeds A to B (default: the scenario's seeds:, if any)"})
    String seeds;

    @Option(names = "--threads", paramLabel = "N", description = "seeds run at once (default: one per processor)")
    Integer threads;

    /**
     * The seeds to run {@code s} with, or null for one run: {@code --seeds} if given (a count counts
     * from the scenario's seed, which {@code --seed} may have set), else none when {@code --seed}
     * asks for one seed, else the scenario's {@code seeds:}.
     */
    List<Long> resolve(Scenario s, Long seedOption) {
        threads(); // --threads 0 is a mistake with one seed too
        if (seeds != null) {
            Seeds given;
            try {
                given = Seeds.parse(seeds);
            } catch (InvalidValue e) {
                throw new InputError("--seeds " + seeds + ": " + e.problem());
            }
            if (given.count() == 0 && seedOption != null) {
                throw new InputError("--seeds " + seeds + " names its seeds; drop --seed, or give --seeds a count");
            }
            return Seeds.list("--seeds " + seeds, given, s.seed());
        }
        if (seedOption != null || s.seeds() == null) {
            return null;
        }
        return Seeds.list("seeds: " + s.seeds().written() + " from seed " + s.seed(), s.seeds(), s.seed());
    }

    int threads() {
        if (threads != null && (threads < 1 || threads > 1024)) {
            throw new InputError("--threads " + threads + ": give 1 to 1024");
        }
        return threads != null ? threads : SeedSweep.defaultThreads();
    }
}
