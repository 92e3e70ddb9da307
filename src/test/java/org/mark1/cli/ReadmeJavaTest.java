package org.mark1.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mark1.machine.MachineConfig;
import org.mark1.machine.PotentiometerBank;
import org.mark1.scenario.ScenarioLoader;

/**
 * README's "From Java" snippet, exactly as printed there: its import lines and its statements, put
 * in a main method, compiled with the JDK's compiler against the project's classes, and run. It must
 * print the card and the class its lamps name, then pot 0's position within the pots' range.
 */
class ReadmeJavaTest {

    private static final Pattern BLOCK = Pattern.compile("## From Java\\n.*?```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void theReadmesJavaCompilesRunsAndAnswers(@TempDir Path dir) throws Exception {
        Matcher m = BLOCK.matcher(Files.readString(Path.of("README.md")));
        assertTrue(m.find(), "README.md has a ```java block under '## From Java'");
        List<String> imports = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (String line : m.group(1).split("\n")) {
            if (line.startsWith("import ")) {
                imports.add(line);
            } else {
                body.append("        ").append(line).append('\n');
            }
        }
        int lines = m.group(1).split("\n").length - imports.size();
        assertTrue(lines <= 20, "the snippet is " + lines + " lines after its imports");
        String source = String.join("\n", imports) + "\npublic class ReadmeSnippet {\n"
                + "    public static void main(String[] args) throws Exception {\n" + body + "    }\n}\n";
        Path file = dir.resolve("ReadmeSnippet.java");
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        boolean ok = javac.getTask(errors, null, null,
                List.of("-classpath", System.getProperty("java.class.path"), "-d", dir.toString(), "-Xlint:none"),
                null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(file)).call();
        assertTrue(ok, "README's Java does not compile:\n" + errors + "\n" + source);

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream was = System.out;
        try (URLClassLoader loader = new URLClassLoader(new java.net.URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            loader.loadClass("ReadmeSnippet").getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(was);
        }
        String[] out = printed.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(2, out.length, printed.toString(StandardCharsets.UTF_8));

        Matcher name = Pattern.compile("ScenarioLoader\\.builtIn\\(\"([^\"]+)\"\\)").matcher(m.group(1));
        assertTrue(name.find(), "the snippet names a shipped scenario");
        List<String> answers = new ArrayList<>(List.of("(no class)"));
        ScenarioLoader.builtIn(name.group(1)).classes().forEach(c -> answers.add(c.name()));
        String answer = out[0].substring(out[0].lastIndexOf(" -> ") + 4);
        assertTrue(answers.contains(answer), out[0] + ": not one of " + answers);
        Matcher pot = Pattern.compile("pot 0 at (-?\\d+) of ±(\\d+) steps").matcher(out[1]);
        assertTrue(pot.matches(), out[1]);
        int limit = PotentiometerBank.centred(MachineConfig.defaults()).limit();
        assertEquals(limit, Integer.parseInt(pot.group(2)), out[1]);
        assertTrue(Math.abs(Integer.parseInt(pot.group(1))) <= limit, out[1]);
    }
}
