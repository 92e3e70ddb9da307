package org.mark1.exhibit;

import java.util.ArrayList;
import java.util.List;
import org.mark1.event.Event;
import org.mark1.exhibit.sound.Cue;

/**
 * What the sound hears of the exhibit, frame by frame: the machine time a frame covers and the
 * events in it, made into a {@link Cue}. The motors turning at the start of each frame are read
 * from the machine's snapshot at the end of the one before, so a restart or a restored machine
 * (whose motors were stopped without events) never leaves a grinding that does not stop.
 */
public final class Ears {

    private final List<Event> heard = new ArrayList<>();
    private long from;
    private int turning;

    /** A frame starts: the machine's clock now. */
    public void begin(Exhibit exhibit) {
        from = exhibit.demonstration().clock();
        heard.clear();
    }

    /** Events of the frame (perhaps in several steps). */
    public void hear(List<Event> events) {
        heard.addAll(events);
    }

    /** The frame ends: its cue. */
    public Cue end(Exhibit exhibit) {
        long to = Math.max(from, exhibit.demonstration().clock());
        Cue cue = Cue.of(from, to, turning, heard);
        heard.clear();
        turning = exhibit.demonstration().snapshot().turning().length;
        return cue;
    }
}
