package org.mark1.experiment;

import java.nio.file.Path;
import java.util.List;
import org.mark1.event.Event;
import org.mark1.event.Trace;
import org.mark1.io.InputError;
import org.mark1.machine.MarkOne;
import org.mark1.machine.RandomStreams;
import org.mark1.scenario.Scenario;

/**
 * The one check of a saved timeline ({@code trace.jsonl}) before it is played back, by {@code render
 * --replay}, {@code exhibit --replay} and {@link TraceReplay}: every event must fit the machine it is
 * played on, every field present, times from 0 on and never going back, at most {@link Trace#MAX_EVENTS}
 * events and {@link #MAX_MICROS} of machine time; and a pot's first move must start where the
 * scenario's machine, from its seed, has that pot (else the trace is another scenario's or
 * another seed's). Everything is checked before the first frame.
 */
public final class TraceCheck {

    /** The latest time an event may have: 100 days of machine time, in microseconds. */
    public static final long MAX_MICROS = 100L * 86_400 * 1_000_000;

    private final int photocells;
    private final int aUnits;
    private final int pots;
    private final int rUnits;
    private final int endStop;
    private final int[] startingPots;
    private final boolean[] moved;
    private long last;

    /**
     * A check against {@code machine}; with {@code startingPots}, the first move of each pot must
     * start from its position there (null: not checked, for a run that started from a saved machine).
     */
    TraceCheck(MarkOne machine, boolean startingPots) {
        this.photocells = machine.config().photocells();
        this.aUnits = machine.config().associationUnits();
        this.pots = machine.pots().positions().length;
        this.rUnits = machine.responseUnits().thresholds().length;
        this.endStop = machine.config().potSteps();
        this.startingPots = startingPots ? machine.pots().positions() : null;
        this.moved = new boolean[pots];
    }

    /**
     * Reads the trace {@code file} to be played on scenario {@code s}'s machine (from its seed) and
     * checks every event; the first fault is an {@link InputError} naming the file and the line.
     * {@code startingPots}: whether the run started from the seed's pots (not from a saved machine).
     */
    public static List<Event> read(Path file, Scenario s, boolean startingPots) {
        org.mark1.io.TextFile.requireRegularFile(file);
        MarkOne machine = Experiment.machine(s, new RandomStreams(s.seed()), Experiment.Options.defaults());
        TraceCheck check = new TraceCheck(machine, startingPots);
        List<Event> events = Trace.read(file, e -> {
            String why = check.problem(e);
            return why == null || !why.contains("another") ? why
                    : why + "; replay the trace.jsonl of a run beside its own manifest.json (mark1 run --trace)";
        });
        if (events.isEmpty()) {
            throw new InputError(file + ": holds no events; give the trace.jsonl of a run made with mark1 run --trace");
        }
        return events;
    }

    /** Checks {@code events} against {@code machine}, as {@link #read} does; for events made in this process. */
    static void require(List<Event> events, MarkOne machine) {
        TraceCheck check = new TraceCheck(machine, false);
        for (int i = 0; i < events.size(); i++) {
            String why = check.problem(events.get(i));
            if (why != null) {
                throw new IllegalArgumentException("event " + i + ": " + why);
            }
        }
    }

    /** Why event {@code e}, after those checked so far, cannot be played back; null if it can. */
    String problem(Event e) {
        if (e.time() < 0 || e.time() > MAX_MICROS) {
            return "time " + e.time() + " is out of range; allowed: 0 to " + MAX_MICROS + " microseconds";
        }
        if (e.time() < last) {
            return "time " + e.time() + " goes back before the event above (" + last + "); events come in time order";
        }
        last = e.time();
        if (e instanceof Event.StimulusShown s) {
            return s.label() == null ? "missing field 'label'" : null;
        } else if (e instanceof Event.PhotocellsSettled p) {
            return indices("lit", p.lit(), photocells, "photocells");
        } else if (e instanceof Event.AUnitsFired a) {
            return indices("active", a.active(), aUnits, "A-units");
        } else if (e instanceof Event.RUnitsAnswered a) {
            if (a.sums() == null || a.thresholds() == null || a.lamps() == null) {
                return "missing field 'sums', 'thresholds' or 'lamps'";
            }
            if (a.thresholds().length != rUnits || a.lamps().length != rUnits || a.sums().length != rUnits) {
                return "answers with " + a.lamps().length + " lamps, but this scenario's machine uses " + rUnits
                        + " R-units: a trace of another scenario";
            }
            return steps("thresholds", a.thresholds());
        } else if (e instanceof Event.Reinforced r) {
            if (r.thresholdSteps() == null || r.steps() == null) {
                return "missing field 'steps' or 'thresholdSteps'";
            }
            if (r.thresholdSteps().length != rUnits) {
                return "holds " + r.thresholdSteps().length + " threshold steps, but this scenario's machine uses " + rUnits
                        + " R-units: a trace of another scenario";
            }
            return indices("pots", r.pots(), pots, "pots");
        } else if (e instanceof Event.MotorStarted m) {
            String why = pot(m.pot());
            if (why == null) {
                why = steps("from and target", new int[] {m.from(), m.target()});
            }
            if (why == null && startingPots != null && !moved[m.pot()] && m.from() != startingPots[m.pot()]) {
                why = "pot " + m.pot() + " first moves from " + m.from() + ", but the machine of this scenario and seed "
                        + "starts it at " + startingPots[m.pot()] + ": a trace of another scenario or seed, or of a run "
                        + "started from a saved machine";
            }
            if (why == null) {
                moved[m.pot()] = true;
            }
            return why;
        } else if (e instanceof Event.MotorStopped m) {
            String why = pot(m.pot());
            return why != null ? why : steps("position", new int[] {m.position()});
        }
        return null;
    }

    private String pot(int p) {
        return p >= 0 && p < pots ? null : "pot " + p + " is out of range; this machine's pots are 0 to " + (pots - 1);
    }

    private String steps(String field, int[] values) {
        for (int v : values) {
            if (v < -endStop || v > endStop) {
                return field + ": " + v + " lies beyond the end stops +-" + endStop + " of this machine";
            }
        }
        return null;
    }

    private static String indices(String field, int[] values, int size, String what) {
        if (values == null) {
            return "missing field '" + field + "'";
        }
        for (int v : values) {
            if (v < 0 || v >= size) {
                return field + ": " + v + " is out of range; this machine's " + what + " are 0 to " + (size - 1);
            }
        }
        return null;
    }
}
