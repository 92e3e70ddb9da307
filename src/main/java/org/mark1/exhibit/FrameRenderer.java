package org.mark1.exhibit;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.mark1.exhibit.sound.Soundtrack;
import org.mark1.exhibit.words.Labels;
import org.mark1.io.AtomicFiles;
import org.mark1.scenario.Scenario;
import processing.core.PApplet;
import processing.core.PGraphics;

/**
 * Draws the exhibit without a display: Processing's JAVA2D renderer into an offscreen
 * {@link PGraphics}, frame after frame, each {@code every} simulated microseconds after the last.
 * The frames depend only on the scenario, its seed and the arguments: the same call gives the same
 * pixels.
 */
public final class FrameRenderer {

    private final Exhibit exhibit;
    private final Scene scene;
    private final PGraphics canvas;

    public FrameRenderer(Exhibit exhibit) {
        this.exhibit = exhibit;
        PApplet parent = new PApplet(); // never started: it only lends createGraphics
        var c = exhibit.demonstration().config();
        this.scene = new Scene(parent, c.rows(), c.columns(), c.associationUnits(), exhibit.demonstration().lamps());
        this.canvas = Offscreen.canvas(parent, PanelGeometry.WIDTH, PanelGeometry.HEIGHT);
        canvas.smooth(4);
    }

    public Exhibit exhibit() {
        return exhibit;
    }

    /** Advances the machine {@code micros} and paints the frame. */
    public BufferedImage next(long micros) {
        exhibit.frame(micros);
        return paint();
    }

    /** Paints the present instant. */
    public BufferedImage paint() {
        canvas.beginDraw();
        scene.paint(canvas, exhibit.still());
        canvas.endDraw();
        canvas.loadPixels();
        BufferedImage img = new BufferedImage(PanelGeometry.WIDTH, PanelGeometry.HEIGHT, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, PanelGeometry.WIDTH, PanelGeometry.HEIGHT, canvas.pixels, 0, PanelGeometry.WIDTH);
        return img;
    }

    /**
     * What to render: {@code frames} frames of {@code view}, {@code everyMicros} of machine time
     * apart after {@code skipMicros}; with a {@code speed} (machine seconds per wall second, 0 for
     * none), the frames as a visitor sees them at that speed (captions paced in wall time) and the
     * captions as a subtitle track, NAME.srt, timed to the GIF; with {@code visitor}, the kiosk with a scripted visitor who
     * teaches a card every 10 s of machine time; with a {@code trace}, that saved run played back.
     */
    public record Plan(Scenario scenario, List<org.mark1.event.Event> trace, Labels.Language language, Exhibit.PanelMode view,
            boolean visitor, int frames, long everyMicros, long skipMicros, double gifScale, double speed) {

        /** A plan in machine time: the frames as a visitor sees them at the machine's own pace, no subtitles. */
        public Plan(Scenario scenario, List<org.mark1.event.Event> trace, Labels.Language language, Exhibit.PanelMode view,
                boolean visitor, int frames, long everyMicros, long skipMicros, double gifScale) {
            this(scenario, trace, language, view, visitor, frames, everyMicros, skipMicros, gifScale, 0);
        }
    }

    /**
     * Which files to write: {@code prefix}-0001.png ... (when {@code png}), {@code prefix}.gif
     * (when {@code gif}) and {@code prefix}.wav, the sound of the frames' machine time (when {@code wav}).
     */
    public record RenderTarget(Path dir, String prefix, boolean png, boolean gif, boolean wav) {
        public RenderTarget(Path dir, String prefix, boolean png, boolean gif) {
            this(dir, prefix, png, gif, false);
        }
    }

    /** Machine time between the scripted visitor's cards. */
    static final long VISITOR_EVERY = 10_000_000;

    /** Renders the plan into {@code dir} as exhibit-0001.png ... and exhibit.gif; returns the files written. */
    public static List<Path> render(Plan plan, Path dir) {
        return render(plan, new RenderTarget(dir, "exhibit", true, true));
    }

    /** Renders the plan as {@code out} says (the GIF scaled by the plan's gifScale); returns the files written. */
    public static List<Path> render(Plan plan, RenderTarget out) {
        Path dir = out.dir();
        Exhibit ex = new Exhibit(plan.scenario(), plan.trace(), plan.language());
        if (plan.speed() > 0) {
            ex.setSpeed(plan.speed());
        }
        ex.setMode(plan.view());
        FrameRenderer r = new FrameRenderer(ex);
        Visiting visiting = new Visiting(plan.visitor() ? ex.kiosk() : null);
        visiting.run(ex, plan.skipMicros());
        ex.settle(); // the run-up is not watched: its captions are not summed up
        Ears ears = out.wav() ? new Ears() : null;
        Soundtrack track = new Soundtrack();
        if (ears != null) {
            ears.begin(ex);
            ears.end(ex); // the motors turning when the first frame's stretch begins
        }
        List<Path> written = new ArrayList<>();
        List<BufferedImage> small = new ArrayList<>();
        Subtitles subtitles = new Subtitles(Math.max(1, Math.round(plan.everyMicros() / (plan.speed() > 0 ? plan.speed() : 1) / 1000)));
        double gifScale = plan.gifScale();
        long everyMicros = plan.everyMicros();
        for (int i = 1; i <= plan.frames(); i++) {
            // frame i shows the instant it starts and is heard over its stretch, as a GIF shows it
            subtitles.frame(ex.captionSince(), ex.caption().line());
            BufferedImage img = out.png() || out.gif() ? r.paint() : null;
            if (ears != null) {
                ears.begin(ex);
            }
            visiting.run(ex, everyMicros, ears);
            if (ears != null) {
                track.add(ears.end(ex));
            }
            if (img == null) {
                continue;
            }
            if (out.png()) {
                Path file = dir.resolve(String.format(Locale.ROOT, "%s-%04d.png", out.prefix(), i));
                byte[] png = png(img);
                AtomicFiles.write(file, o -> o.write(png));
                written.add(file);
            }
            if (out.gif()) {
                small.add(scaled(img, gifScale));
            }
        }
        if (out.gif()) {
            Path gif = dir.resolve(out.prefix() + ".gif");
            byte[] bytes = org.mark1.exhibit.gif.GifWriter.write(small, (int) Math.max(20, Math.min(2000, everyMicros / 1000)));
            AtomicFiles.write(gif, o -> o.write(bytes));
            written.add(gif);
        }
        if (plan.speed() > 0) {
            Path srt = dir.resolve(out.prefix() + ".srt");
            byte[] bytes = subtitles.srt().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            AtomicFiles.write(srt, o -> o.write(bytes));
            written.add(srt);
        }
        if (ears != null) {
            Path wav = dir.resolve(out.prefix() + ".wav");
            byte[] bytes = track.wav();
            AtomicFiles.write(wav, o -> o.write(bytes));
            written.add(wav);
        }
        return written;
    }

    /** Runs the exhibit forward, the scripted visitor teaching a card every {@link #VISITOR_EVERY}. */
    private static final class Visiting {
        private final Kiosk kiosk;
        private long clock;
        private int cards;

        Visiting(Kiosk kiosk) {
            this.kiosk = kiosk;
        }

        void run(Exhibit ex, long micros) {
            run(ex, micros, null);
        }

        void run(Exhibit ex, long micros, Ears ears) {
            long end = clock + micros;
            do {
                if (kiosk != null && clock >= cards * VISITOR_EVERY) {
                    ScriptedVisitor.teach(kiosk, cards++);
                }
                long step = kiosk == null ? end - clock : Math.min(end, cards * VISITOR_EVERY) - clock;
                List<org.mark1.event.Event> events = ex.frame(step);
                if (ears != null) {
                    ears.hear(events);
                }
                clock += step;
            } while (clock < end);
        }
    }

    /**
     * The captions over the frames as SubRip cues: each from the frame it first shows on to the next
     * one's; a card's story that goes on (its answer after the card) starts a cue of its own.
     */
    static final class Subtitles {
        private final long frameMillis;
        private final List<long[]> starts = new ArrayList<>();
        private final List<String> lines = new ArrayList<>();
        private long frames;
        private long lastSince = Long.MIN_VALUE;
        private String lastLine;

        Subtitles(long frameMillis) {
            this.frameMillis = frameMillis;
        }

        /** One frame shown, with the caption that went up at wall time {@code since}. */
        void frame(long since, String line) {
            if (since != lastSince || !line.equals(lastLine)) {
                starts.add(new long[] {frames * frameMillis});
                lines.add(line);
                lastSince = since;
                lastLine = line;
            }
            frames++;
        }

        String srt() {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < starts.size(); i++) {
                long end = i + 1 < starts.size() ? starts.get(i + 1)[0] : frames * frameMillis;
                b.append(i + 1).append('\n').append(time(starts.get(i)[0])).append(" --> ").append(time(end)).append('\n')
                        .append(lines.get(i)).append("\n\n");
            }
            return b.toString();
        }

        static String time(long ms) {
            return String.format(Locale.ROOT, "%02d:%02d:%02d,%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
        }
    }

    static byte[] png(BufferedImage img) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static BufferedImage scaled(BufferedImage img, double scale) {
        if (scale == 1.0) {
            return img;
        }
        int w = (int) Math.round(img.getWidth() * scale);
        int h = (int) Math.round(img.getHeight() * scale);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        var g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(img, 0, 0, w, h, null);
        g.dispose();
        return out;
    }
}
