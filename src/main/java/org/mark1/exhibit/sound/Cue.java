package org.mark1.exhibit.sound;

import java.util.Arrays;
import java.util.List;
import org.mark1.event.Event;

/**
 * What the sound hears of one stretch of machine time, from {@code from} to {@code to} (microseconds):
 * how many pot motors turn at its start, the instants where that number changes and what it becomes,
 * and the instants where the response lamps answer. A cue is all the sound knows of the machine.
 *
 * @param from      machine time at the start of the stretch
 * @param to        machine time at its end (not before {@code from})
 * @param turning   motors turning at {@code from}
 * @param changes   instants, in order, where the number of turning motors changes
 * @param counts    the number turning from {@code changes[i]} on
 * @param answers   instants, in order, where the response lamps answer
 */
public record Cue(long from, long to, int turning, long[] changes, int[] counts, long[] answers) {

    private static final long[] NO_TIMES = {};
    private static final int[] NO_COUNTS = {};

    public Cue {
        if (to < from || turning < 0 || changes.length != counts.length) {
            throw new IllegalArgumentException("a cue runs forward from " + from + " to " + to + " us with "
                    + turning + " motors turning");
        }
    }

    /** Nothing new: {@code turning} motors go on turning. */
    public static Cue hold(int turning) {
        return new Cue(0, 0, turning, NO_TIMES, NO_COUNTS, NO_TIMES);
    }

    /**
     * The cue of the events of a stretch, in the order they happened: each motor started adds one to
     * the motors turning, each motor stopped takes one away, each answer of the response lamps is a
     * click. Events outside the stretch count at its nearer end.
     */
    public static Cue of(long from, long to, int turning, List<Event> events) {
        long[] changes = new long[events.size()];
        int[] counts = new int[events.size()];
        long[] answers = new long[events.size()];
        int nChanges = 0;
        int nAnswers = 0;
        int n = turning;
        for (Event e : events) {
            long t = Math.max(from, Math.min(to, e.time()));
            if (e instanceof Event.MotorStarted || e instanceof Event.MotorStopped) {
                n = e instanceof Event.MotorStarted ? n + 1 : Math.max(0, n - 1);
                if (nChanges > 0 && changes[nChanges - 1] == t) {
                    nChanges--; // several motors at one instant: one change
                }
                changes[nChanges] = t;
                counts[nChanges++] = n;
            } else if (e instanceof Event.RUnitsAnswered) {
                answers[nAnswers++] = t;
            }
        }
        return new Cue(from, to, turning, Arrays.copyOf(changes, nChanges), Arrays.copyOf(counts, nChanges),
                Arrays.copyOf(answers, nAnswers));
    }

    /** Motors turning at the end of the stretch, as its events tell. */
    public int turningAtEnd() {
        return counts.length == 0 ? turning : counts[counts.length - 1];
    }
}
