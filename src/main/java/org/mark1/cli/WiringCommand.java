package org.mark1.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.mark1.experiment.Experiment;
import org.mark1.scenario.Scenario;
import org.mark1.io.AtomicFiles;
import org.mark1.machine.Plugboard;
import org.mark1.machine.RandomStreams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mark1 wiring}: exports the plugboard sheet a seed gives. */
@Command(name = "wiring", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Writes the S-to-A plugboard of a seed as a sheet a person can read: "
            + "one line per plug, 'a_unit,row,column,sign' (counted from 0; + excitatory, - inhibitory). "
            + "`mark1 run --wiring FILE` plugs a board from such a sheet."})
public final class WiringCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ScenarioChoice choice;

    @Option(names = "--out", paramLabel = "FILE", description = "write the sheet here (default: standard output)")
    Path out;

    @Override
    public Integer call() {
        Scenario s = choice.resolve();
        Plugboard board = Experiment.machine(s, new RandomStreams(s.seed()), Experiment.Options.defaults()).plugboard();
        String csv = board.toCsv();
        if (out == null) {
            spec.commandLine().getOut().print(csv);
            spec.commandLine().getOut().flush();
        } else {
            AtomicFiles.writeString(out, csv);
            int[] fan = board.fanOut();
            spec.commandLine().getErr().printf("wrote %d plugs of %d A-units to %s; photocell fan-out %d to %d (limit %d)%n",
                    csv.lines().count() - 1, board.associationUnits(), out, Arrays.stream(fan).min().orElse(0),
                    Arrays.stream(fan).max().orElse(0), s.machine().maxFanOut());
        }
        return 0;
    }
}
