package org.mark1.cli;

import java.io.PrintWriter;
import java.util.List;
import org.mark1.mcp.NetFile;
import org.mark1.mcp.ShippedNets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mark1 mcp list}: the shipped nets, one a line, with what each is. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the shipped McCulloch-Pitts nets.")
final class McpListCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        List<String> names = ShippedNets.names();
        int width = names.stream().mapToInt(String::length).max().orElse(0);
        for (String name : names) {
            NetFile.Loaded net = ShippedNets.load(name);
            out.println(name + " ".repeat(width - name.length()) + "  " + net.net().about());
        }
        out.println();
        out.println("Run one:  mark1 mcp run NAME      See its file:  mark1 mcp show NAME");
        out.flush();
    }
}
