package org.mark1.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code mark1 mcp}: McCulloch–Pitts nets (1943). Subcommands run a net, compile an expression into
 * a net, and list or show the shipped nets.
 */
@Command(name = "mcp",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {"McCulloch-Pitts nets (1943): run them, and compile logic into them.",
            "%nAll-or-none neurons, whole-number thresholds, absolute inhibition, one synaptic delay per tick."
                + " A neuron fires when the excitatory endings active one tick before reach (>=) its threshold"
                + " and no inhibitory afferent fired."},
        subcommands = {McpRunCommand.class, McpCompileCommand.class, McpListCommand.class, McpShowCommand.class})
public final class McpCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: run, compile, list or show");
    }
}
