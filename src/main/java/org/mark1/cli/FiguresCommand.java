package org.mark1.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mark1.experiment.Figures;
import org.mark1.experiment.Scenario;
import org.mark1.experiment.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mark1 figures}: renders the pictures of the documentation. */
@Command(name = "figures", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Runs a scenario and renders its pictures as PNG: stimuli on the retina, the plugboard",
            "of four A-units, the learning curve, and the receptive field of lamp 0 after training.",
            "The images in docs/images are made with: mark1 figures --out docs/images"})
public final class FiguresCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = ScenarioLoader.FLAGSHIP,
            description = "a scenario file or a shipped scenario's name (default: ${DEFAULT-VALUE})")
    String scenario;

    @Option(names = "--seed", paramLabel = "N", description = "master seed (default: the scenario's)")
    Long seed;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "figures", description = "folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() {
        Scenario s = ScenarioLoader.find(scenario);
        if (seed != null) {
            s = s.withSeed(seed);
        }
        for (Path p : Figures.render(s, out, new ProgressBarProgress())) {
            spec.commandLine().getOut().println("wrote " + p);
        }
        return 0;
    }
}
