package org.mark1.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mark1.report.Figures;
import org.mark1.scenario.Scenario;
import org.mark1.io.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code mark1 figures}: renders the pictures of the documentation. */
@Command(name = "figures", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Runs a scenario and renders its pictures as PNG: stimuli on the retina, the plugboard "
            + "of four A-units, the learning curve, and the receptive field of lamp 0 after training; "
            + "and the catalogue of cards: every figure, and the capitals of each shipped typeface. "
            + "The images in docs/images are made with: mark1 figures --out docs/images"})
public final class FiguresCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ScenarioChoice choice;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "figures", description = "folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() {
        Scenario s = choice.resolve();
        AtomicFiles.checkWritable(out); // before the run: a folder we cannot write fails now
        Map<String, byte[]> pictures = Figures.render(s, ProgressBarProgress.onTerminal());
        List<Path> written;
        try (AtomicFiles.Batch batch = AtomicFiles.batch()) {
            pictures.forEach((name, png) -> batch.add(out.resolve(name), o -> o.write(png)));
            written = batch.commit();
        }
        for (Path p : written) {
            spec.commandLine().getOut().println("wrote " + p);
        }
        return 0;
    }
}
