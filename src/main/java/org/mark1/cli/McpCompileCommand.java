package org.mark1.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mark1.io.AtomicFiles;
import org.mark1.io.InputError;
import org.mark1.mcp.Definition;
import org.mark1.mcp.ExpressionParser;
import org.mark1.mcp.Net;
import org.mark1.mcp.NetCompiler;
import org.mark1.mcp.NetFileWriter;
import org.mark1.mcp.RealizationCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mark1 mcp compile 'EXPR'}: builds a net for a temporal propositional expression, checks it
 * on every input sequence up to a length and prints it in the net file format.
 */
@Command(name = "compile", mixinStandardHelpOptions = true,
        description = {"Build a net for an expression, check it, print it as a net file.",
            "%nExample: mark1 mcp compile 'N3(t) = N1(t-1) or (N2(t-3) and not N2(t-2))'",
            "%nWrite the output at time t on the left; on the right, atoms NAME(t-k) with k >= 1 joined by"
                + " and, or, not (or & | ~) and parentheses. The built net is checked against the expression by"
                + " simulation, and the header says exactly how. An expression that holds when every input is silent"
                + " has no net (Theorem III) and is refused. Limits: " + ExpressionParser.MAX_LENGTH + " characters, "
                + ExpressionParser.MAX_NESTING + " nested levels of parentheses and 'not'."})
final class McpCompileCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "EXPR", description = "OUTPUT(t) = expression")
    String expression;

    @Option(names = "--check-length", paramLabel = "L",
            description = "check on every input sequence of exactly L ticks (1 to 64, if that is few enough to try)."
                + " Default: enough to settle it when feasible, else every sequence as long as feasible and"
                + " 20000 seeded random sequences long enough to reach the deepest delay; the header says which.")
    Integer checkLength;

    @Option(names = "--out", paramLabel = "FILE", description = "also save the net file (run it with 'mark1 mcp run FILE')")
    Path out;

    @Override
    public Integer call() {
        if (checkLength != null && (checkLength < 1 || checkLength > RealizationCheck.MAX_LENGTH)) {
            throw new InputError("--check-length " + checkLength + " is impossible; allowed: 1 to "
                    + RealizationCheck.MAX_LENGTH + " ticks (or leave it out to have enough checked)");
        }
        if (out != null && out.toString().isEmpty()) {
            throw new InputError("--out is empty; give a file name");
        }
        Definition def = ExpressionParser.parse(expression);
        Net net = NetCompiler.compile(def);
        RealizationCheck.RealizationVerdict result = checkLength != null
                ? RealizationCheck.exhaustive(net, def, checkLength) : RealizationCheck.chosen(net, def);
        if (!result.agrees()) {
            throw new IllegalStateException("the compiler built a wrong net: " + result.summary());
        }
        List<String> header = new ArrayList<>(List.of(
                "Net built by 'mark1 mcp compile' (McCulloch & Pitts 1943, Theorem II: every such expression has a net)",
                "for  " + def.text()));
        header.addAll(wrap(result.summary(), 100));
        header.add("Save it with --out FILE, then:  mark1 mcp run FILE --input '" + net.inputs().get(0).name() + ": 0 1 0 0 1 1 0'");
        String text = NetFileWriter.format(net, header, Map.of(), def.expression().depth() + 8);
        if (out != null) {
            AtomicFiles.writeString(out, text);
        }
        PrintWriter w = spec.commandLine().getOut();
        w.print(text);
        if (out != null) {
            w.println("# wrote " + out);
        }
        w.flush();
        return 0;
    }

    /** Splits a long sentence into comment lines at spaces. */
    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
