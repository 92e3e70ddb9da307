package org.mark1.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import org.mark1.io.InputError;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code mark1} command line. Each subcommand is one verb; user errors (bad arguments, bad
 * files) print one line and exit with code {@value #EXIT_USAGE}.
 */
@Command(name = "mark1",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Simulator of Rosenblatt's Mark I Perceptron (1957-60) and of McCulloch-Pitts nets (1943).",
        subcommands = {RunCommand.class, ReplayCommand.class, WiringCommand.class, FiguresCommand.class, ParamsCommand.class,
            BenchCommand.class, McpCommand.class, ExhibitCommand.class, RenderCommand.class, LearnCommand.class,
            CompareCommand.class, SensitivityCommand.class, CalibrateCommand.class, CommandLine.HelpCommand.class})
public final class Mark1 {

    /** Exit code for a mistake the user can fix: a bad argument, a bad file. */
    public static final int EXIT_USAGE = 2;

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Mark1());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setUsageHelpAutoWidth(true); // help fills a wide terminal; 80 columns when there is none
        cli.setParameterExceptionHandler((ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            // picocli quotes the argument at fault: an excerpt keeps a huge or multi-line argument to one short line.
            cmd.getErr().println("mark1: " + InputError.excerpt(String.valueOf(ex.getMessage()), 300) + " (try '"
                    + cmd.getCommandSpec().qualifiedName() + " --help')");
            return EXIT_USAGE;
        });
        cli.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            if (ex instanceof InputError) {
                cmd.getErr().println("mark1: " + ex.getMessage());
                return EXIT_USAGE;
            }
            if (ex instanceof InvalidPathException e) {
                // A name (a scenario's, say) this system's file names cannot spell, e.g. Cyrillic under LANG=C.
                cmd.getErr().println("mark1: cannot make a file name of '" + InputError.excerpt(e.getInput())
                        + "' on this system (file names in " + System.getProperty("sun.jnu.encoding", "its encoding")
                        + "); run under a UTF-8 locale (e.g. LANG=C.UTF-8) or give --out");
                return EXIT_USAGE;
            }
            if (ex instanceof UncheckedIOException) {
                cmd.getErr().println("mark1: " + ex.getMessage());
                return 1;
            }
            throw ex;
        });
        return cli;
    }
}
