package org.mark1.exhibit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mark1.event.Event;
import org.mark1.exhibit.sound.MachineVoice;
import org.mark1.exhibit.sound.Soundtrack;
import org.mark1.exhibit.words.Labels;
import org.mark1.scenario.ScenarioLoader;

/**
 * The exhibit's sound against the machine's own events, on a scripted run (the flagship, 60 s of
 * machine time in frames of 1/60 s, as the window runs at the Mark I's pace), measured in 10 ms
 * windows of the soundtrack:
 * <ol>
 *   <li>while motors turn the track is loud (at least half the loudness of that many motors), and
 *       while none turns, no lamp has just answered and no short burst is being held it is near silent
 *       (RMS under 0.001 of full scale);</li>
 *   <li>a click follows each answer of the lamps;</li>
 *   <li>two renders of the same plan give the same WAV bytes, as long as the frames' machine time.</li>
 * </ol>
 * Nothing is played: the samples are only counted.
 */
class MachineSoundTest {

    static final long FRAME = 1_000_000 / 60;
    static final long RUN = 60_000_000;
    static final long WINDOW = 10_000;
    /** How long a short burst of grinding is held, in machine time here (one second of track per second). */
    static final long HELD = MachineVoice.SHORTEST * 1_000_000L / MachineVoice.RATE;

    static short[] samples;
    static long end;
    static final List<Event> EVENTS = new ArrayList<>();

    @BeforeAll
    static void scriptedRun() {
        Exhibit ex = new Exhibit(ScenarioLoader.find(ScenarioLoader.FLAGSHIP), Labels.Language.EN);
        Ears ears = new Ears();
        Soundtrack track = new Soundtrack();
        for (long t = 0; t < RUN; t += FRAME) {
            ears.begin(ex);
            List<Event> events = ex.frame(FRAME);
            ears.hear(events);
            EVENTS.addAll(events);
            track.add(ears.end(ex));
        }
        samples = track.samples();
        end = ex.demonstration().clock();
    }

    /** Motors turning at machine time {@code t}, from the events. */
    static int turningAt(long t) {
        int n = 0;
        for (Event e : EVENTS) {
            if (e.time() > t) {
                break;
            }
            if (e instanceof Event.MotorStarted) {
                n++;
            } else if (e instanceof Event.MotorStopped) {
                n--;
            }
        }
        return n;
    }

    /** The last instant at or before {@code t} where motors started or stopped or the lamps answered, or -1. */
    static long lastChange(long t, boolean answers) {
        long last = -1;
        for (Event e : EVENTS) {
            if (e.time() > t) {
                break;
            }
            if (e instanceof Event.MotorStarted || e instanceof Event.MotorStopped
                    || answers && e instanceof Event.RUnitsAnswered) {
                last = e.time();
            }
        }
        return last;
    }

    static double rms(long fromMicros, long toMicros) {
        int a = (int) (fromMicros * MachineVoice.RATE / 1_000_000);
        int b = (int) Math.min(samples.length, toMicros * MachineVoice.RATE / 1_000_000);
        double sum = 0;
        for (int i = a; i < b; i++) {
            double s = samples[i] / 32767.0;
            sum += s * s;
        }
        return Math.sqrt(sum / Math.max(1, b - a));
    }

    @Test
    void theTrackLastsTheMachineTime() {
        assertTrue(end >= RUN);
        assertEquals(end * MachineVoice.RATE / 1_000_000, samples.length);
    }

    @Test
    void loudWhileMotorsTurnAndNearSilentWhileNoneDoes() {
        int loud = 0;
        int silent = 0;
        for (long w = 0; w + WINDOW <= RUN; w += WINDOW) {
            int first = turningAt(w);
            boolean steady = lastChange(w + WINDOW, false) < w - 10_000 || lastChange(w + WINDOW, false) < 0;
            double r = rms(w, w + WINDOW);
            if (first > 0 && steady) {
                loud++;
                assertTrue(r >= 0.5 * MachineVoice.loudness(first) && r > 0.02,
                        "only " + r + " RMS at " + w + " us while " + first + " motors turn");
            } else if (first == 0 && lastChange(w + WINDOW, true) < w - 30_000 - HELD) {
                silent++;
                assertTrue(r < 0.001, r + " RMS at " + w + " us while no motor turns and no lamp answers");
            }
        }
        assertTrue(loud >= 20, "only " + loud + " windows with motors turning: the run shows no learning");
        assertTrue(silent >= 3000, "only " + silent + " quiet windows");
    }

    @Test
    void aClickFollowsEachAnswer() {
        int answers = 0;
        for (Event e : EVENTS) {
            if (e instanceof Event.RUnitsAnswered a) {
                answers++;
                double click = rms(a.time(), a.time() + 5_000);
                double before = rms(a.time() - 10_000, a.time());
                assertTrue(click > 0.1 && click > 4 * before,
                        "no click after the answer at " + a.time() + " us: " + click + " RMS against " + before + " before");
            }
        }
        assertEquals(RUN / 3_000_000, answers, "a card every 3 s");
    }

    @Test
    void theSameRenderGivesTheSameWavBytes(@TempDir Path dir) throws Exception {
        var plan = new FrameRenderer.Plan(ScenarioLoader.find(ScenarioLoader.FLAGSHIP), null, Labels.Language.EN,
                Exhibit.PanelMode.MACHINE, true, 40, 250_000, 2_000_000, 0.5);
        List<Path> a = FrameRenderer.render(plan, new FrameRenderer.RenderTarget(dir.resolve("a"), "x", false, false, true));
        List<Path> b = FrameRenderer.render(plan, new FrameRenderer.RenderTarget(dir.resolve("b"), "x", false, false, true));
        assertEquals(List.of(dir.resolve("a/x.wav")), a, "only the WAV is written");
        byte[] first = Files.readAllBytes(a.get(0));
        assertArrayEquals(first, Files.readAllBytes(b.get(0)));
        long expected = 40 * 250_000L * MachineVoice.RATE / 1_000_000;
        assertEquals(44 + 2 * expected, first.length, "a 16-bit mono WAV of the frames' 10 s");
        boolean sound = false;
        for (int i = 44; i < first.length && !sound; i++) {
            sound = first[i] != 0;
        }
        assertTrue(sound, "the WAV is all silence");
    }
}
