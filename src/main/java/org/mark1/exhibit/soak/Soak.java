package org.mark1.exhibit.soak;

import org.mark1.exhibit.Ears;
import org.mark1.exhibit.Exhibit;
import org.mark1.exhibit.FrameRenderer;
import org.mark1.exhibit.Kiosk;
import org.mark1.exhibit.ScriptedVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.mark1.exhibit.sound.MachineVoice;
import org.mark1.exhibit.words.Labels;
import org.mark1.scenario.Scenario;

/**
 * Days of kiosk use in minutes, without a display: frames at 60 a second of machine time, the
 * attract loop, and a scripted visitor who comes every {@link #VISITOR_EVERY_MINUTES} minutes,
 * teaches a card every 10 s for {@link #VISITOR_MINUTES} minutes and walks away (the idle timeout
 * then brings the attract loop back). Every frame advances the machine; one in
 * {@link #PAINT_EVERY_SECONDS} seconds is painted in full, so the views' caches and sprites take part. At each report the heap in use is measured after a full
 * garbage collection: it must not grow. Every frame is heard too: its cue is played by the machine's
 * voice into a buffer, as the live sound does (without a sound device).
 */
public final class Soak {

    static final int FPS = 60;
    static final int VISITOR_EVERY_MINUTES = 10;
    static final int VISITOR_MINUTES = 3;
    /** One frame in this many seconds is painted in full (painting all would make an hour take minutes). */
    static final int PAINT_EVERY_SECONDS = 5;

    /** A point of the soak: simulated minutes so far, heap in use after collection, cards shown, visitors. */
    public record Mark(int minute, double heapMegabytes, long cards, int visitors) {
    }

    private Soak() {
    }

    /** Runs {@code minutes} of kiosk use; reports a mark every {@code reportMinutes}. */
    public static List<Mark> run(Scenario s, int minutes, int reportMinutes, Consumer<Mark> progress) {
        Exhibit ex = new Exhibit(s, Labels.Language.EN);
        Kiosk kiosk = ex.kiosk();
        FrameRenderer painter = new FrameRenderer(ex);
        List<Mark> rows = new ArrayList<>();
        long frameMicros = 1_000_000 / FPS;
        int visitors = 0;
        int taught = 0;
        Ears ears = new Ears();
        MachineVoice voice = new MachineVoice();
        short[] sound = new short[MachineVoice.RATE / FPS];
        long frames = (long) minutes * 60 * FPS;
        for (long f = 0; f < frames; f++) {
            long second = f / FPS;
            long minute = second / 60;
            boolean visiting = minute % VISITOR_EVERY_MINUTES < VISITOR_MINUTES;
            if (visiting && f % (10 * FPS) == 0) {
                if (minute % VISITOR_EVERY_MINUTES == 0 && second % 60 == 0) {
                    visitors++;
                    taught = 0;
                }
                ScriptedVisitor.teach(kiosk, taught++);
            }
            if (visiting && second % 30 == 0 && f % FPS == 0) {
                kiosk.press(second / 30 % 2 == 0 ? Kiosk.Action.MOVING : Kiosk.Action.VIEW); // the visitor plays
            }
            ears.begin(ex);
            ears.hear(ex.frame(frameMicros));
            voice.play(ears.end(ex), sound, 0, sound.length);
            if (f % (PAINT_EVERY_SECONDS * FPS) == 0) {
                painter.paint();
            }
            if ((f + 1) % ((long) reportMinutes * 60 * FPS) == 0) {
                Mark h = new Mark((int) ((f + 1) / (60L * FPS)), heapMegabytes(), ex.demonstration().answered(), visitors);
                rows.add(h);
                progress.accept(h);
            }
        }
        return rows;
    }

    static double heapMegabytes() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return (rt.totalMemory() - rt.freeMemory()) / 1048576.0;
    }
}
