package org.mark1.cli;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.mark1.io.InputError;

/**
 * {@code --open}: shows a page in the desktop's browser, through {@link Desktop} where Java has a
 * desktop and through {@code xdg-open} where a display is named but Java runs headless. With no display
 * at all (a server, a terminal over ssh) there is no browser to ask: that is one line and exit 2,
 * said after the results are written, so nothing is lost.
 */
final class Browser {

    private Browser() {
    }

    /** Opens {@code page}; {@code env} is the process's environment (a test gives its own). */
    static void open(Path page, Map<String, String> env) {
        Path abs = page.toAbsolutePath();
        String fix = "; the results are written: open " + abs + " in a browser yourself";
        boolean display = present(env, "DISPLAY") || present(env, "WAYLAND_DISPLAY");
        if (!display) {
            throw new InputError("--open: no desktop here to open a browser on (neither DISPLAY nor WAYLAND_DISPLAY is set)" + fix);
        }
        try {
            if (!GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(abs.toUri());
                return;
            }
            String xdg = onPath(env, "xdg-open");
            if (xdg == null) {
                throw new InputError("--open: this desktop offers no browser to Java and xdg-open is not installed" + fix);
            }
            int code = new ProcessBuilder(xdg, abs.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            if (code != 0) {
                throw new InputError("--open: xdg-open found no browser for the page (exit " + code + ")" + fix);
            }
        } catch (IOException e) {
            throw new InputError("--open: the browser could not be started (" + e.getMessage() + ")" + fix, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputError("--open: interrupted while starting the browser" + fix, e);
        }
    }

    private static boolean present(Map<String, String> env, String key) {
        String v = env.get(key);
        return v != null && !v.isBlank();
    }

    private static String onPath(Map<String, String> env, String program) {
        String path = env.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            File f = new File(dir.isEmpty() ? "." : dir, program);
            if (f.isFile() && f.canExecute()) {
                return f.getPath();
            }
        }
        return null;
    }
}
