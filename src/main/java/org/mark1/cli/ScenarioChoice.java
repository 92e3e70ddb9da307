package org.mark1.cli;

import org.mark1.scenario.Scenario;
import org.mark1.scenario.ScenarioLoader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The scenario a command works on, and its seed: {@code [SCENARIO] [--seed N]}, shared by the commands. */
final class ScenarioChoice {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = ScenarioLoader.FLAGSHIP,
            description = "a scenario file, or the name of a shipped one (default: ${DEFAULT-VALUE})")
    String scenario;

    @Option(names = "--seed", paramLabel = "N", description = "master seed (default: the scenario's)")
    Long seed;

    /** The chosen scenario, with the seed given on the command line if any. */
    Scenario resolve() {
        Scenario s = ScenarioLoader.find(scenario);
        return seed == null ? s : s.withSeed(seed);
    }
}
