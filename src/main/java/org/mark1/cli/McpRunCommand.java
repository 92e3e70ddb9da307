package org.mark1.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mark1.io.AtomicFiles;
import org.mark1.io.InputError;
import org.mark1.mcp.NetFile;
import org.mark1.mcp.ShippedNets;
import org.mark1.mcp.InputTimelines;
import org.mark1.mcp.Timeline;
import org.mark1.mcp.TimingDiagram;
import org.mark1.mcp.Firings;
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
            description = "last tick to run, 1 to 10000 (default: the net's own, or 2 past the longest input)")
    Integer steps;

    @Option(names = "--out", paramLabel = "FILE", description = "CSV file to write (default: runs/mcp-NET/trace.csv)")
    Path out;

    @Option(names = "--png", paramLabel = "FILE", description = "also draw the timing diagram as a PNG image (up to about 900 ticks)")
    Path png;

    /** The most neuron states one run records (about 2 MB of CSV per million). */
    static final long MAX_STATES = 2_000_000;

    @Override
    public Integer call() {
        if (steps != null && (steps < 1 || steps > NetFile.MAX_STEPS)) {
            throw new InputError("--steps " + steps + " is impossible; allowed: 1 to " + NetFile.MAX_STEPS);
        }
        if (out != null && out.toString().isEmpty() || png != null && png.toString().isEmpty()) {
            throw new InputError((out != null && out.toString().isEmpty() ? "--out" : "--png") + " is empty; give a file name");
        }
        NetFile.Loaded loaded = ShippedNets.resolve(net);
        Map<String, Timeline> stimulus = inputs.isEmpty() ? loaded.input() : InputTimelines.parse(inputs, loaded.net());
        int longest = stimulus.values().stream().mapToInt(Timeline::length).max().orElse(0);
        int last = steps != null ? steps : Math.min(NetFile.MAX_STEPS, Math.max(loaded.steps(), longest + 2));
        int neurons = loaded.net().neurons().size();
        if ((last + 1L) * neurons > MAX_STATES) {
            long most = MAX_STATES / neurons - 1;
            throw new InputError((steps != null ? "--steps " + last : "the run's " + last + " steps") + " over "
                    + neurons + " neurons would record " + (last + 1L) * neurons + " states; the limit is " + MAX_STATES
                    + (most >= 1 ? ": give --steps " + most + " or fewer" : ": this net is too large to run here"));
        }
        Firings trace = loaded.net().run(stimulus, last);
        if (png != null) {
            String tooBig = TimingDiagramPicture.sizeProblem(trace);
            if (tooBig != null) {
                throw new InputError("--png " + png + ": " + tooBig);
            }
        }
        Path csv = out != null ? out : Path.of("runs", "mcp-" + loaded.net().name(), "trace.csv");
        if (png != null && png.toAbsolutePath().normalize().equals(csv.toAbsolutePath().normalize())) {
            throw new InputError("--png " + png + " is also the CSV file; give the picture its own name");
        }
        byte[] csvBytes = trace.csv().getBytes(StandardCharsets.UTF_8);
        byte[] pngBytes = png != null ? TimingDiagramPicture.png(trace) : null;
        List<Path> written;
        try (AtomicFiles.Batch files = AtomicFiles.batch()) { // both files or neither
            files.add(csv, o -> o.write(csvBytes));
            if (png != null) {
                files.add(png, o -> o.write(pngBytes));
            }
            written = files.commit();
        }
        PrintWriter w = spec.commandLine().getOut();
        w.print(TimingDiagram.render(trace));
        w.println();
        for (Path file : written) {
            w.println("wrote " + file);
        }
        w.flush();
        return 0;
    }
}
