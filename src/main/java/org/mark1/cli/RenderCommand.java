package org.mark1.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mark1.exhibit.FrameRenderer;
import org.mark1.exhibit.words.Labels;
import org.mark1.io.InputError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mark1 render}: frames of the exhibit as PNG files and an animated GIF, without a display. */
@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Draws the exhibit without a display: N frames, each MS of machine time "
            + "after the last, as NAME-0001.png ... and an animated NAME.gif; with --wav, "
            + "the sound of that machine time as NAME.wav. "
            + "Same scenario and seed, same bytes. "
            + "The pictures in docs/exhibit.md are made with the commands listed there."})
public final class RenderCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ScenarioChoice choice;

    @Option(names = "--frames", paramLabel = "N", defaultValue = "30", description = "frames to draw (default: ${DEFAULT-VALUE})")
    int frames;

    @Option(names = "--every", paramLabel = "MS", defaultValue = "100",
            description = "machine milliseconds between frames (default: ${DEFAULT-VALUE})")
    long every;

    @Option(names = "--skip", paramLabel = "MS", defaultValue = "0",
            description = "machine milliseconds to run before the first frame (default: ${DEFAULT-VALUE})")
    long skip;

    @Option(names = "--speed", paramLabel = "X",
            description = "draw the frames as a visitor sees them at X machine seconds per real second (0.1 to 10000):"
                    + " --every is then wall-clock ms, captions are paced as on screen, and NAME.srt holds them timed to the GIF")
    Double speed;

    @Option(names = "--gif-scale", paramLabel = "F", defaultValue = "0.5",
            description = "size of the GIF against the 1280 x 800 frames (default: ${DEFAULT-VALUE})")
    double gifScale;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "en or ru (default: ${DEFAULT-VALUE})")
    Labels.Language language;

    @Option(names = "--view", paramLabel = "VIEW", defaultValue = "machine",
            description = "machine, field (what the lamps learned) or mcp (a McCulloch-Pitts net) (default: ${DEFAULT-VALUE})")
    org.mark1.exhibit.Exhibit.PanelMode view;

    @Option(names = "--visitor", description = "the kiosk with a scripted visitor teaching a ring and a cross, a card every 10 s")
    boolean visitor;

    @Option(names = "--replay", paramLabel = "TRACE",
            description = "draw a run's saved trace.jsonl instead of training live (scenario from the manifest.json beside it)")
    Path replay;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "frames", description = "folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--prefix", paramLabel = "NAME", defaultValue = "exhibit",
            description = "file names: NAME-0001.png ... and NAME.gif (default: ${DEFAULT-VALUE})")
    String prefix;

    @Option(names = "--no-png", description = "write only the GIF")
    boolean noPng;

    @Option(names = "--no-gif", description = "write only the PNG frames")
    boolean noGif;

    @Option(names = "--wav", description = "also write NAME.wav, the machine's sound over the frames' machine time"
            + " (at most 10 minutes)")
    boolean wav;

    /** The most machine time a render may run through (--skip and the frames together): 24 hours, in ms. */
    static final long MAX_MACHINE_MILLIS = 86_400_000L;

    /** The longest soundtrack --wav writes, in machine milliseconds (about 26 MB). */
    static final long WAV_MILLIS = 600_000;

    @Override
    public Integer call() {
        if (frames < 1 || frames > 100_000) {
            throw new InputError("--frames " + frames + " is out of range; allowed: 1 to 100000");
        }
        if (every < 1 || every > 86_400_000L) {
            throw new InputError("--every " + every + " is out of range; allowed: 1 to 86400000 ms");
        }
        if (skip < 0 || skip > MAX_MACHINE_MILLIS) {
            throw new InputError("--skip " + skip + " is out of range; allowed: 0 to " + MAX_MACHINE_MILLIS + " ms (24 hours)");
        }
        if (skip + frames * every > MAX_MACHINE_MILLIS) {
            throw new InputError("--skip " + skip + " and " + frames + " frames of --every " + every + " ms are "
                    + (skip + frames * every) + " ms of machine time; at most " + MAX_MACHINE_MILLIS
                    + " (24 hours): lower --skip, --frames or --every");
        }
        if (!(gifScale >= 0.1 && gifScale <= 1)) {
            throw new InputError("--gif-scale " + gifScale + " is out of range; allowed: 0.1 to 1");
        }
        if (!prefix.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw new InputError("--prefix '" + prefix + "' is not allowed; use 1-64 letters, digits, '.', '_' or '-'");
        }
        if (noPng && noGif && !wav) {
            throw new InputError("--no-png with --no-gif would write nothing; drop one of them or add --wav");
        }
        if (wav && frames * every > WAV_MILLIS) {
            throw new InputError("--wav: " + frames + " frames of " + every + " ms are more than " + WAV_MILLIS / 60_000
                    + " minutes of sound; lower --frames or --every");
        }
        if (speed != null && !(speed >= 0.1 && speed <= 10_000)) {
            throw new InputError("--speed " + speed + " is out of range; allowed: 0.1 to 10000 machine seconds per real second");
        }
        if (speed != null && wav && speed != 1) {
            throw new InputError("--wav with --speed " + speed + ": the sound is one second of machine time a second;"
                    + " use --speed 1 or drop --wav");
        }
        if (speed != null && skip + frames * every * speed > MAX_MACHINE_MILLIS) {
            throw new InputError("--speed " + speed + " with --skip " + skip + " and " + frames + " frames of " + every
                    + " ms of wall time is more than " + MAX_MACHINE_MILLIS + " ms (24 hours) of machine time; lower --skip, "
                    + "--frames, --every or --speed");
        }
        if (replay != null && visitor) {
            throw new InputError("--visitor teaches a live machine; drop it or --replay");
        }
        var s = choice.resolve();
        java.util.List<org.mark1.event.Event> trace = null;
        if (replay != null) { // every event checked before the first frame
            ReplayFiles.Replayed r = ReplayFiles.read(replay, s);
            s = r.scenario();
            trace = r.events();
        }
        org.mark1.io.AtomicFiles.checkWritable(out); // before any frame: a file in the way fails now
        double x = speed == null ? 0 : speed;
        var files = FrameRenderer.render(new FrameRenderer.Plan(s, trace, language, view, visitor, frames,
                Math.round(every * 1000 * (x > 0 ? x : 1)), skip * 1000, gifScale, x), new FrameRenderer.RenderTarget(out, prefix, !noPng, !noGif, wav));
        for (Path f : files) {
            spec.commandLine().getOut().println("wrote " + f);
        }
        return 0;
    }
}
