package org.mark1.exhibit;

import java.util.function.Consumer;
import org.mark1.exhibit.sound.Speaker;
import processing.core.PApplet;
import processing.core.PConstants;

/**
 * The window: Processing's settings / setup / draw. Each frame advances the exhibit a set stretch of
 * machine time and paints it; the sketch owns no state of the machine. An exception inside a frame
 * is logged and the scene starts again: a museum's screen never freezes on a stack trace.
 */
public final class ExhibitSketch extends PApplet {

    /** How the window runs; with {@code sound}, the machine is heard through the computer's sound output. */
    public record SketchOptions(boolean kiosk, double speed, boolean fastest, int width, int height, long benchMillis,
            java.nio.file.Path screenshot, java.nio.file.Path state, Consumer<String> log, boolean sound) {
    }

    /** Wall-clock time of one frame at 60 frames a second, in microseconds. */
    static final long FRAME_MICROS = 1_000_000 / 60;

    private final Exhibit exhibit;
    private final SketchOptions options;
    private final Autosave autosave;
    private Scene scene;
    private float scale = 1;
    private float offsetX;
    private float offsetY;
    private long benchStart;
    private long benchFrames;
    private long drawNanos;
    private long longestDraw;
    private long drawCpuNanos;
    private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    private volatile String benchResult;
    private final Ears ears = new Ears();
    private Speaker speaker = Speaker.off();

    public ExhibitSketch(Exhibit exhibit, SketchOptions options) {
        this.exhibit = exhibit;
        this.options = options;
        this.autosave = options.state() == null ? null : new Autosave(options.state(), options.log());
        if (autosave != null) {
            autosave.restoreInto(exhibit);
        }
    }

    @Override
    public void settings() {
        if (options.kiosk()) {
            fullScreen(ShownRenderer.class.getName());
        } else {
            size(options.width(), options.height(), ShownRenderer.class.getName());
        }
        smooth(4);
    }

    @Override
    public void setup() {
        frameRate(60);
        var c = exhibit.demonstration().config();
        scene = new Scene(this, c.rows(), c.columns(), c.associationUnits(), exhibit.demonstration().lamps());
        surface.setTitle("Mark I Perceptron");
        if (options.sound()) {
            speaker = Speaker.start(Speaker.SYSTEM, options.log());
        }
        if (options.kiosk()) {
            exhibit.kiosk();
        }
    }

    @Override
    public void draw() {
        long start = System.nanoTime();
        long cpuStart = options.benchMillis() > 0 ? threads.getCurrentThreadCpuTime() : 0;
        try {
            step();
            scale = Math.min(width / (float) PanelGeometry.WIDTH, height / (float) PanelGeometry.HEIGHT);
            offsetX = (width - PanelGeometry.WIDTH * scale) / 2;
            offsetY = (height - PanelGeometry.HEIGHT * scale) / 2;
            background(Palette.ROOM);
            pushMatrix();
            translate(offsetX, offsetY);
            scale(scale);
            scene.paint(g, exhibit.still());
            popMatrix();
            if (autosave != null) {
                autosave.tick(exhibit, System.currentTimeMillis());
            }
        } catch (RuntimeException e) {
            recover("a frame failed", e);
        }
        if (options.benchMillis() > 0) {
            bench(System.nanoTime() - start, threads.getCurrentThreadCpuTime() - cpuStart);
        }
    }

    /** Logs the fault with its stack trace and starts the scene again from the last saved machine. */
    private void recover(String what, RuntimeException e) {
        java.io.StringWriter trace = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(trace));
        options.log().accept("exhibit: " + what + " and the scene restarts: " + trace);
        try {
            exhibit.restart();
            if (autosave != null) {
                autosave.restoreInto(exhibit);
            }
        } catch (RuntimeException again) {
            options.log().accept("exhibit: the restart failed too, starting fresh: " + again);
            exhibit.restart();
        }
    }

    private void step() {
        boolean sound = speaker.playing();
        if (sound) {
            ears.begin(exhibit);
        }
        if (!options.fastest()) {
            heard(exhibit.frame(Math.round(options.speed() * 1_000_000 / 60), FRAME_MICROS), sound);
        } else {
            long until = System.nanoTime() + 8_000_000; // spend at most half a frame on the machine
            long wall = FRAME_MICROS; // the frame's wall time goes with its first stretch of machine time
            do {
                heard(exhibit.frame(100_000, wall), sound);
                wall = 0;
            } while (System.nanoTime() < until);
        }
        if (sound) {
            speaker.hear(ears.end(exhibit));
        }
    }

    private void heard(java.util.List<org.mark1.event.Event> events, boolean sound) {
        if (sound) {
            ears.hear(events);
        }
    }

    @Override
    public void dispose() {
        speaker.close();
        super.dispose();
    }

    /** Counts frames over a fixed wall-clock interval (not Processing's smoothed frameRate). */
    private void bench(long drawn, long cpu) {
        if (frameCount == 60) { // let the JIT and the background layer settle first
            benchStart = System.nanoTime();
            benchFrames = 0;
        } else if (frameCount > 60) {
            benchFrames++;
            drawNanos += drawn;
            drawCpuNanos += cpu;
            longestDraw = Math.max(longestDraw, drawn);
            long elapsed = System.nanoTime() - benchStart;
            if (elapsed >= options.benchMillis() * 1_000_000L) {
                benchResult = String.format(java.util.Locale.ROOT,
                        "%d frames in %.2f s: %.1f frames per second at %d x %d; draw() %.2f ms a frame on average"
                                + " (%.2f ms of CPU time), %.2f ms at most; load average %.1f on %d cores; renderer %s",
                        benchFrames, elapsed / 1e9, benchFrames / (elapsed / 1e9), width, height,
                        drawNanos / 1e6 / benchFrames, drawCpuNanos / 1e6 / benchFrames, longestDraw / 1e6,
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                        Runtime.getRuntime().availableProcessors(), g.getClass().getSimpleName());
                options.log().accept(benchResult);
                if (options.screenshot() != null) {
                    save(options.screenshot().toAbsolutePath().toString()); // the window's own pixels
                }
                exit();
            }
        }
    }

    /** The canvas point under the window point (x, y). */
    private float canvasX(float x) {
        return (x - offsetX) / scale;
    }

    private float canvasY(float y) {
        return (y - offsetY) / scale;
    }

    @Override
    public void mouseMoved() {
        int units = exhibit.demonstration().config().associationUnits();
        float x = canvasX(mouseX);
        float y = canvasY(mouseY);
        int a = AUnitView.at(x, y, units);
        exhibit.pointAt(a >= 0 ? a : KnobView.at(x, y, units));
    }

    @Override
    public void mousePressed() {
        touch(true);
    }

    @Override
    public void mouseDragged() {
        touch(false);
    }

    /** The retina cell of the last touch of a stroke, or null: drag points are joined to it. */
    private int[] strokeFrom;

    /** A touch or a click: a button on a press, drawing on the retina on a press or a drag. */
    private void touch(boolean press) {
        float x = canvasX(mouseX);
        float y = canvasY(mouseY);
        if (!options.kiosk()) {
            if (press && exhibit.mode() != Exhibit.PanelMode.MACHINE && KioskView.BACK.contains(x, y)) {
                exhibit.setMode(Exhibit.PanelMode.MACHINE);
            }
            return;
        }
        try {
            Kiosk.Action action = exhibit.mode() == Exhibit.PanelMode.MACHINE ? KioskView.at(x, y) : null;
            if (press && exhibit.mode() != Exhibit.PanelMode.MACHINE) {
                exhibit.kiosk().press(KioskView.BACK.contains(x, y) ? Kiosk.Action.BACK : Kiosk.Action.VIEW);
                return;
            }
            if (action != null) {
                if (press) {
                    exhibit.kiosk().press(action);
                }
                return;
            }
            var c = exhibit.demonstration().config();
            int[] cell = KioskView.cell(x, y, c.rows(), c.columns());
            if (cell != null && !press && strokeFrom != null) {
                exhibit.kiosk().drawLine(strokeFrom[0], strokeFrom[1], cell[0], cell[1]);
            } else if (cell != null) {
                exhibit.kiosk().draw(cell[0], cell[1]);
            }
            strokeFrom = cell;
        } catch (RuntimeException e) {
            recover("a touch failed", e);
        }
    }

    @Override
    public void keyPressed() {
        switch (Character.toLowerCase(key)) {
            case 'l' -> exhibit.setLanguage(exhibit.labels().language().other());
            case 'f' -> exhibit.setMode(Exhibit.PanelMode.FIELD);
            case 'n' -> exhibit.setMode(Exhibit.PanelMode.MCP);
            case 'h' -> exhibit.setMode(Exhibit.PanelMode.HISTORY);
            case ' ' -> exhibit.setMode(Exhibit.PanelMode.MACHINE);
            default -> {
                if (key == PConstants.ESC && options.kiosk()) {
                    key = 0; // a kiosk is not closed from a keyboard left behind
                }
            }
        }
    }

    /** Opens the window; returns at once (Processing runs it on its own thread). */
    public static void open(ExhibitSketch sketch) {
        PApplet.runSketch(new String[] {"Mark I Perceptron"}, sketch);
    }
}
