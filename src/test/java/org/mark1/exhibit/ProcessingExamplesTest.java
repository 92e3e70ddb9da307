package org.mark1.exhibit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.lang.reflect.Field;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import processing.awt.PGraphicsJava2D;
import processing.core.PApplet;

/**
 * The Processing library's examples (src/main/dist/processing/examples), each compiled as the
 * Processing IDE would: its imports and Processing's defaults on top, its code in a PApplet subclass
 * with its top-level methods made public; then run off screen on a JAVA2D canvas: settings(),
 * setup() and a few draw() calls, a mouse drag and a key between them. Each must draw something.
 */
class ProcessingExamplesTest {

    private static final Path EXAMPLES = Path.of("src/main/dist/processing/examples");
    private static final List<String> DEFAULT_IMPORTS = List.of("import processing.core.*;", "import processing.event.*;",
            "import java.util.*;", "import java.io.*;");
    /** A method at the top level of a sketch (no modifier): Processing makes it public. */
    private static final Pattern METHOD = Pattern.compile("^(?!public |private |final |class |import )[A-Za-z][\\w<>\\[\\]]*\\s+\\w+\\s*\\(.*\\)\\s*\\{.*");

    @Test
    void everyExampleCompilesAndDraws(@TempDir Path dir) throws Exception {
        List<Path> sketches;
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            sketches = s.sorted().map(d -> d.resolve(d.getFileName() + ".pde")).toList();
        }
        assertTrue(sketches.size() >= 3, "three examples at least: " + sketches);
        for (Path pde : sketches) {
            String name = pde.getFileName().toString().replace(".pde", "");
            Path java = dir.resolve(name + ".java");
            Files.writeString(java, wrap(name, Files.readAllLines(pde)));
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            StringWriter errors = new StringWriter();
            boolean ok = javac.getTask(errors, null, null,
                    List.of("-classpath", System.getProperty("java.class.path"), "-d", dir.toString(), "-nowarn"), null,
                    javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(java)).call();
            assertTrue(ok, name + " does not compile as a sketch:\n" + errors);
            try (URLClassLoader loader = new URLClassLoader(new java.net.URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
                PApplet sketch = (PApplet) loader.loadClass(name).getConstructor().newInstance();
                int colours = runOffScreen(sketch);
                assertTrue(colours > 2, name + " drew " + colours + " colours");
            }
        }
    }

    /** The sketch as Processing's preprocessor gives it to the compiler (for sketches that declare settings()). */
    static String wrap(String name, List<String> lines) {
        List<String> imports = new ArrayList<>(DEFAULT_IMPORTS);
        StringBuilder body = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith("import ")) {
                imports.add(line);
            } else {
                body.append("  ").append(METHOD.matcher(line).matches() ? "public " + line : line).append('\n');
            }
        }
        return String.join("\n", imports) + "\n\npublic class " + name + " extends PApplet {\n" + body + "}\n";
    }

    /** settings, setup and five frames on an offscreen canvas; returns how many colours the last frame holds. */
    private static int runOffScreen(PApplet sketch) throws Exception {
        Field inside = PApplet.class.getDeclaredField("insideSettings"); // as handleSettings, without asking for a screen
        inside.setAccessible(true);
        inside.setBoolean(sketch, true);
        sketch.settings();
        inside.setBoolean(sketch, false);
        int w = sketch.sketchWidth();
        int h = sketch.sketchHeight();
        PGraphicsJava2D g = new PGraphicsJava2D();
        g.setParent(sketch);
        g.setPrimary(false);
        g.setSize(w, h);
        sketch.g = g;
        sketch.width = w;
        sketch.height = h;
        g.beginDraw();
        sketch.setup();
        g.endDraw();
        for (int frame = 1; frame <= 5; frame++) {
            sketch.frameCount = frame;
            sketch.mousePressed = frame <= 3; // a stroke down the left of the window
            sketch.mouseButton = PApplet.LEFT;
            sketch.mouseX = 30 + 10 * frame;
            sketch.mouseY = 30 + 20 * frame;
            g.beginDraw();
            sketch.draw();
            g.endDraw();
            if (frame == 3) {
                sketch.key = 'y';
                sketch.keyPressed();
            }
        }
        g.loadPixels();
        Set<Integer> colours = new HashSet<>();
        for (int p : g.pixels) {
            colours.add(p);
        }
        return colours.size();
    }
}
