package org.mark1.cli;

import java.io.PrintWriter;
import org.mark1.mcp.ShippedNets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mark1 mcp show NAME}: prints a shipped net's file, to read or to copy and change. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Print a shipped net's file (to read it, or to copy and change it).")
final class McpShowCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "a shipped net (see 'mark1 mcp list')")
    String name;

    @Override
    public void run() {
        ShippedNets.load(name); // an unknown name is refused with the usual one-line message
        PrintWriter out = spec.commandLine().getOut();
        out.print(ShippedNets.source(name));
        out.flush();
    }
}
