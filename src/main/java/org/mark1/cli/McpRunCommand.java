package org.mark1.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mark1.io.AtomicFiles;
import org.mark1.io.InputError;
import org.mark1.mcp.NetFile;
import org.mark1.mcp.ShippedNets;
import org.mark1.mcp.Stimulus;
import org.mark1.mcp.Timeline;
import org.mark1.mcp.TimingDiagram;
import org.mark1.mcp.Trace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mark1 mcp run NET}: runs a net, prints its timing diagram, writes its CSV (and a PNG if asked). */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a net: print its timing diagram and write its CSV.",
            "%nRuns ticks 0 to T, prints one row per neuron and one column per tick (# fires, . silent,"
                + " > input) and writes every neuron's state at every tick as CSV (tick,N1,N2,... with 1 or 0)."})
final class McpRunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NET", description = "a shipped net (see 'mark1 mcp list') or a net file (.yaml)")
    String net;

    @Option(names = "--input", paramLabel = "'NAME: 0 1 0 ...'",
            description = "when an input fires: one 0 or 1 per tick from tick 0. Repeat the option (or separate"
                + " with ';') for several inputs. Replaces the net's own timelines; inputs not given stay silent.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--steps", paramLabel = "T",
            description = "last tick to run (default: the net's own, or 2 past the longest input)")
    Integer steps;

    @Option(names = "--out", paramLabel = "FILE", description = "CSV file to write (default: runs/mcp-NET/trace.csv)")
    Path out;

    @Option(names = "--png", paramLabel = "FILE", description = "also draw the timing diagram as a PNG image")
    Path png;

    @Override
    public Integer call() {
        NetFile.Loaded loaded = ShippedNets.resolve(net);
        Map<String, Timeline> stimulus = inputs.isEmpty() ? loaded.input() : Stimulus.parse(inputs, loaded.net());
        int longest = stimulus.values().stream().mapToInt(Timeline::length).max().orElse(0);
        int last = steps != null ? steps : Math.max(loaded.steps(), longest + 2);
        if (steps != null && (last < 1 || last > NetFile.MAX_STEPS)) {
            throw new InputError("--steps " + last + " is impossible; allowed: 1 to " + NetFile.MAX_STEPS);
        }
        if (last > NetFile.MAX_STEPS) {
            throw new InputError("the input runs for " + longest + " ticks, so the run would need " + last
                    + "; at most " + NetFile.MAX_STEPS + " ticks are run: shorten the input");
        }
        Trace trace = loaded.net().run(stimulus, last);
        PrintWriter w = spec.commandLine().getOut();
        w.print(TimingDiagram.render(trace));
        Path csv = out != null ? out : Path.of("runs", "mcp-" + loaded.net().name().replaceAll("[^A-Za-z0-9_.-]", "_"), "trace.csv");
        AtomicFiles.writeString(csv, trace.csv());
        w.println();
        w.println("wrote " + csv);
        if (png != null) {
            TimingDiagramPicture.write(trace, png);
            w.println("wrote " + png);
        }
        w.flush();
        return 0;
    }
}
