package org.mark1.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.mark1.exhibit.Exhibit;
import org.mark1.exhibit.ExhibitSketch;
import org.mark1.exhibit.words.Labels;
import org.mark1.io.InputError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mark1 exhibit}: the museum exhibit in a window (or full screen with --kiosk). */
@Command(name = "exhibit", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Opens the exhibit: the Mark I's front panel learning before your eyes: "
            + "retina, plugboard, A-units, the 512 knobs turning at motor speed, the response "
            + "lamps, the learning curve and a caption per event. Keys: L English/Russian, "
            + "F what the lamps learned, N a McCulloch-Pitts net, space the machine. "
            + "See docs/exhibit.md."})
public final class ExhibitCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ScenarioChoice choice;

    @Option(names = "--kiosk", description = "full screen, mouse or touch only, attract loop and visitors")
    boolean kiosk;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "en or ru (default: ${DEFAULT-VALUE})")
    Labels.Language language;

    @Option(names = "--speed", paramLabel = "X", defaultValue = "1",
            description = "machine seconds per real second, 0.1 to 10000, or 'max' (default: ${DEFAULT-VALUE}: real time)")
    String speed;

    @Option(names = "--bench", paramLabel = "SECONDS",
            description = "count the frames drawn in SECONDS (after a second to settle), print frames per second, and close")
    Integer bench;

    @Option(names = "--screenshot", paramLabel = "FILE",
            description = "with --bench: save the window's last frame to this PNG before closing")
    java.nio.file.Path screenshot;

    @Option(names = "--state", paramLabel = "FILE",
            description = "save the machine here every minute and restore it on start (default with --kiosk:"
                    + " ~/.local/state/mark1/exhibit-state.json; 'none' to keep nothing)")
    String state;

    @Option(names = "--soak", paramLabel = "HOURS",
            description = "no window: simulate HOURS of kiosk use (attract loop, a scripted visitor every 10 minutes)"
                    + " and print the heap in use after each hour")
    Integer soak;

    @Option(names = "--replay", paramLabel = "TRACE",
            description = "play back a run's trace.jsonl (mark1 run --trace) instead of training live; the scenario"
                    + " comes from the manifest.json beside it")
    java.nio.file.Path replay;

    @Option(names = "--mute", description = "no sound (by default the pot motors are heard grinding and the lamps click)")
    boolean mute;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1280x800", description = "window size (default: ${DEFAULT-VALUE})")
    String size;

    @Override
    public Integer call() throws InterruptedException {
        boolean fastest = "max".equalsIgnoreCase(speed);
        double x = fastest ? 1 : parseSpeed(speed);
        int[] wh = parseSize(size);
        if (bench != null && (bench < 1 || bench > 3600)) {
            throw new InputError("--bench " + bench + " is out of range; allowed: 1 to 3600 seconds");
        }
        if (replay != null && (kiosk || soak != null || state != null)) {
            throw new InputError("--replay plays a saved run: drop --kiosk, --soak and --state");
        }
        if (screenshot != null && bench == null) {
            throw new InputError("--screenshot is taken when --bench ends; add --bench SECONDS");
        }
        var s = choice.resolve();
        if (soak != null) {
            return soak(s);
        }
        Exhibit shown = exhibit(s); // a trace is checked whole before any window
        if (screenshot != null) {
            org.mark1.io.AtomicFiles.checkFileWritable(screenshot);
        }
        java.nio.file.Path kept = ExhibitStartup.stateFile(stateFile());
        if (kept != null) {
            org.mark1.exhibit.Autosave.check(kept, shown); // a file that is not a kept visit of this machine: one line, before a window
        }
        boolean linux = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
        if (linux) {
            ExhibitStartup.requireDisplay(System.getenv("DISPLAY"));
        }
        System.setProperty("java.awt.headless", "false");
        try {
            java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices(); // Java's own look, in one line
        } catch (java.awt.AWTError | java.awt.HeadlessException e) {
            throw new InputError("no display to open a window on (" + InputError.excerpt(String.valueOf(e.getMessage()), 120)
                    + "); use 'mark1 render' for frames without one");
        }
        var err = spec.commandLine().getErr();
        var out = spec.commandLine().getOut();
        CountDownLatch closed = new CountDownLatch(1);
        ExhibitSketch sketch = new ExhibitSketch(shown, new ExhibitSketch.SketchOptions(kiosk, x, fastest,
                wh[0], wh[1], bench == null ? 0 : bench * 1000L, screenshot, kept, line -> {
                    (line.startsWith("exhibit:") ? err : out).println(line);
                    (line.startsWith("exhibit:") ? err : out).flush();
                }, !mute));
        ExhibitSketch.open(sketch);
        closed.await(); // Processing ends the program when the window closes
        return 0;
    }

    private Exhibit exhibit(org.mark1.scenario.Scenario s) {
        if (replay == null) {
            return new Exhibit(s, language);
        }
        ReplayFiles.Replayed r = ReplayFiles.read(replay, s);
        return new Exhibit(r.scenario(), r.events(), language);
    }

    private int soak(org.mark1.scenario.Scenario s) {
        if (soak < 1 || soak > 1000) {
            throw new InputError("--soak " + soak + " is out of range; allowed: 1 to 1000 hours");
        }
        var out = spec.commandLine().getOut();
        out.printf("soak: %d hours of kiosk use, heap in use after a full collection:%n", soak);
        long start = System.nanoTime();
        var marks = org.mark1.exhibit.soak.Soak.run(s, soak * 60, 60, m -> {
            out.printf(java.util.Locale.ROOT, "  hour %3d: %7.1f MB   %,9d cards   %4d visitors%n", m.minute() / 60,
                    m.heapMegabytes(), m.cards(), m.visitors());
            out.flush();
        });
        double first = marks.get(0).heapMegabytes();
        double last = marks.get(marks.size() - 1).heapMegabytes();
        out.printf(java.util.Locale.ROOT, "heap after hour 1: %.1f MB, after hour %d: %.1f MB (%+.1f MB); %.0f s of wall time%n",
                first, soak, last, last - first, (System.nanoTime() - start) / 1e9);
        return 0;
    }

    /** Where the machine is kept: --state, else in kiosk mode the user's state folder, else nowhere. */
    private java.nio.file.Path stateFile() {
        if ("none".equals(state)) {
            return null;
        }
        if (state != null) {
            return java.nio.file.Path.of(state);
        }
        if (!kiosk) {
            return null;
        }
        String xdg = System.getenv("XDG_STATE_HOME");
        java.nio.file.Path base = xdg != null && !xdg.isBlank() ? java.nio.file.Path.of(xdg)
                : java.nio.file.Path.of(System.getProperty("user.home"), ".local", "state");
        return base.resolve("mark1").resolve("exhibit-state.json");
    }

    private static double parseSpeed(String text) {
        try {
            double v = Double.parseDouble(text);
            if (v >= 0.1 && v <= 10_000) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputError("--speed '" + text + "' is not allowed; give machine seconds per real second, 0.1 to 10000, or max");
    }

    private static int[] parseSize(String text) {
        String[] p = text.toLowerCase(java.util.Locale.ROOT).split("x");
        try {
            if (p.length == 2) {
                int w = Integer.parseInt(p[0].strip());
                int h = Integer.parseInt(p[1].strip());
                if (w >= 320 && h >= 200 && w <= 10_000 && h <= 10_000) {
                    return new int[] {w, h};
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputError("--size '" + text + "' is not allowed; write WIDTHxHEIGHT, e.g. 1280x800");
    }
}
