package org.mark1.machine;

import java.util.Arrays;

/**
 * The A-units. A-unit {@code a} fires when (active excitatory inputs) - (active inhibitory
 * inputs) reaches theta [PR58]. Its wiring comes from the {@link Plugboard}.
 *
 * <h2>How firing is computed</h2>
 * Three ways, each exactly the rule (tests compare them with the plug-by-plug count on random
 * machines and retinas); only the work differs, and each call takes the way whose estimated work
 * is least for the retina state at hand ({@link Counting#AUTO}):
 * <ul>
 * <li>{@link Counting#SLICED}: bit-sliced counters, 64 units at a time ({@link SlicedCounters});
 *     work (lit photocells) x (A-units / 64). The Mark I's own case: a figure lighting 60 of 400
 *     cells costs about 500 word operations instead of visiting all 5,120 plugs.
 * <li>{@link Counting#FAN_OUT}: each photocell lists the A-units it feeds; each A-unit keeps its
 *     net count for the retina state seen last, and a new state is reached from whichever is
 *     nearer, the last state or a dark retina, by walking only the lists of the photocells that
 *     differ. Work (changed photocells) x (fan-out): a card shown again costs nothing.
 * <li>{@link Counting#UNIT_LOOP}: for each A-unit, its plugs; work A-units x plugs, whatever the
 *     retina. Best when a large retina is lit widely but feeds few units.
 * </ul>
 * The memory grows with the number of plugs (the bit-sliced masks are kept only while they stay
 * small), not with A-units x photocells, so a 65,536-unit machine on a 200 x 200 retina needs a
 * few megabytes.
 *
 * <p>Because it remembers the last state, one instance must not be fired from two threads at once
 * (each machine has its own).
 */
public final class AssociationUnits {

    /** How {@link #fire} counts; every way gives the same firing units. */
    public enum Counting {
        /** Bit-sliced counters, 64 units at a time ({@link SlicedCounters}); small plug counts only. */
        SLICED,
        /** Fan-out lists walked by the photocells that changed. */
        FAN_OUT,
        /** Each unit's plugs in turn. */
        UNIT_LOOP,
        /** At each call, the way whose estimated work is least. */
        AUTO
    }

    /** Most {@code long}s the bit-sliced masks may take (8 MB). */
    static final long SLICED_MAX_LONGS = 1L << 20;
    /**
     * Relative cost of one step of each way, measured on the Mark I (mark1 bench: the candidates
     * against the nested loop): a word of 64 sliced counters, a fan-out list entry, a unit's plug.
     */
    private static final double SLICED_STEP = 1.1;
    private static final double FAN_OUT_STEP = 1.5;
    private static final double PLUG_STEP = 1.0;

    private final int units;
    private final int cells;
    private final int theta;
    /** Plugs of unit a: excitatory at [a*x, a*x+x), inhibitory at [a*y, a*y+y) of the arrays below. */
    private final int[] unitExcitatory;
    private final int[] unitInhibitory;
    private final int x;
    private final int y;
    /** Fan-out of cell c: excitatory targets at [excStart[c], inhStart[c]), inhibitory at [inhStart[c], excStart[c+1]). */
    private final int[] excStart;
    private final int[] inhStart;
    private final int[] targets;

    /** Net excitation of each unit for the state {@link #seen}. */
    private final int[] net;
    /** The units that fire on {@link #seen}, one bit each. */
    private final long[] firing;
    /** Units whose count moved in this call, one bit each. */
    private final long[] touched;
    /** The retina state the counts describe. */
    private final long[] seen;
    /** The bit-sliced counters, or null where they do not fit. */
    private final SlicedCounters sliced;
    private final Counting counting;
    private Counting last = null;

    public AssociationUnits(Plugboard board, int theta) {
        this(board, theta, Counting.AUTO);
    }

    /** A-units that count in the given way; SLICED falls back to FAN_OUT where it cannot count. */
    public AssociationUnits(Plugboard board, int theta, Counting counting) {
        this.units = board.associationUnits();
        this.cells = board.photocells();
        this.theta = theta;
        this.x = units == 0 ? 0 : board.excitatory(0).length;
        this.y = units == 0 ? 0 : board.inhibitory(0).length;
        this.unitExcitatory = new int[units * x];
        this.unitInhibitory = new int[units * y];
        int[] excCount = new int[cells];
        int[] inhCount = new int[cells];
        for (int a = 0; a < units; a++) {
            int[] e = board.excitatory(a);
            int[] i = board.inhibitory(a);
            if (e.length != x || i.length != y) {
                throw new IllegalArgumentException("A-unit " + a + " has " + e.length + "+" + i.length + " plugs, unit 0 "
                        + x + "+" + y);
            }
            System.arraycopy(e, 0, unitExcitatory, a * x, x);
            System.arraycopy(i, 0, unitInhibitory, a * y, y);
            for (int c : e) {
                excCount[c]++;
            }
            for (int c : i) {
                inhCount[c]++;
            }
        }
        this.excStart = new int[cells + 1];
        this.inhStart = new int[cells];
        int at = 0;
        for (int c = 0; c < cells; c++) {
            excStart[c] = at;
            inhStart[c] = at + excCount[c];
            at += excCount[c] + inhCount[c];
        }
        excStart[cells] = at;
        this.targets = new int[at];
        int[] fillExc = Arrays.copyOf(excStart, cells);
        int[] fillInh = inhStart.clone();
        for (int a = 0; a < units; a++) { // ascending a: each fan-out list is sorted, which keeps memory access in order
            for (int k = 0; k < x; k++) {
                targets[fillExc[unitExcitatory[a * x + k]]++] = a;
            }
            for (int k = 0; k < y; k++) {
                targets[fillInh[unitInhibitory[a * y + k]]++] = a;
            }
        }
        int unitWords = (units + 63) >>> 6;
        this.net = new int[units];
        this.firing = new long[unitWords];
        this.touched = new long[unitWords];
        this.seen = new long[Retina.words(cells)];
        resetToDark();
        boolean slicedFits = SlicedCounters.fits(x, y, theta) && SlicedCounters.size(units, cells) <= SLICED_MAX_LONGS;
        boolean useSliced = slicedFits && (counting == Counting.SLICED || counting == Counting.AUTO);
        this.sliced = useSliced ? new SlicedCounters(units, cells, unitExcitatory, x, unitInhibitory, y, theta) : null;
        this.counting = counting == Counting.SLICED && !useSliced ? Counting.FAN_OUT : counting;
    }

    /** The way asked for (SLICED where it cannot count becomes FAN_OUT). */
    public Counting counting() {
        return counting;
    }

    /** The way the last {@link #fire} took, or null before the first. */
    public Counting lastCounting() {
        return last;
    }

    public int size() {
        return units;
    }

    public int theta() {
        return theta;
    }

    /** The net excitation of A-unit {@code a}: active excitatory minus active inhibitory inputs. */
    public int excitation(int a, long[] retina) {
        int n = 0;
        for (int k = a * x; k < a * x + x; k++) {
            n += lit(retina, unitExcitatory[k]);
        }
        for (int k = a * y; k < a * y + y; k++) {
            n -= lit(retina, unitInhibitory[k]);
        }
        return n;
    }

    /** Each unit's plugs in turn; leaves the fan-out counts as they were (they describe {@link #seen}). */
    private int unitLoop(long[] retina, int[] active) {
        int n = 0;
        for (int a = 0; a < units; a++) {
            active[n] = a;
            n += excitation(a, retina) >= theta ? 1 : 0;
        }
        return n;
    }

    private static int lit(long[] retina, int c) {
        return (int) (retina[c >>> 6] >>> c) & 1;
    }

    /**
     * Fires the A-units on the retina state {@code retina}: writes the indices of the firing units,
     * ascending, into {@code active} and returns how many fired.
     */
    public int fire(long[] retina, int[] active) {
        int words = seen.length;
        int changed = 0;
        int lit = 0;
        for (int w = 0; w < words; w++) {
            long now = retina[w] & validBits(w);
            changed += Long.bitCount(now ^ seen[w]);
            lit += Long.bitCount(now);
        }
        Counting way = counting;
        if (way == Counting.AUTO) {
            double fanOut = (double) targets.length / Math.max(1, cells);
            double fanWork = FAN_OUT_STEP * Math.min(lit, changed) * (fanOut + 1) + firing.length;
            double unitWork = PLUG_STEP * units * (x + y);
            double slicedWork = sliced == null ? Double.MAX_VALUE : SLICED_STEP * lit * firing.length + firing.length;
            way = slicedWork <= fanWork && slicedWork <= unitWork ? Counting.SLICED
                    : fanWork <= unitWork ? Counting.FAN_OUT : Counting.UNIT_LOOP;
        }
        last = way;
        if (way == Counting.SLICED) {
            return sliced.fire(retina, active);
        }
        if (way == Counting.UNIT_LOOP) {
            return unitLoop(retina, active);
        }
        if (lit < changed) {
            resetToDark(); // nearer to a dark retina than to the last state
        }
        for (int w = 0; w < words; w++) {
            long now = retina[w] & validBits(w);
            long diff = now ^ seen[w];
            while (diff != 0) {
                int c = (w << 6) + Long.numberOfTrailingZeros(diff);
                diff &= diff - 1;
                if ((now >>> c & 1L) != 0) {
                    move(c, 1);
                } else {
                    move(c, -1);
                }
            }
            seen[w] = now;
        }
        reevaluateTouched();
        return emit(active);
    }

    /** The bits of word {@code w} that stand for photocells (the last word may be part-filled). */
    private long validBits(int w) {
        int rest = cells - (w << 6);
        return rest >= 64 ? -1L : (1L << rest) - 1;
    }

    /** Moves the counts of the units cell {@code c} feeds, as the cell turns on (+1) or off (-1). */
    private void move(int c, int sign) {
        int[] t = targets;
        int[] n = net;
        long[] mark = touched;
        int mid = inhStart[c];
        for (int k = excStart[c]; k < mid; k++) {
            int a = t[k];
            n[a] += sign;
            mark[a >>> 6] |= 1L << a;
        }
        int end = excStart[c + 1];
        for (int k = mid; k < end; k++) {
            int a = t[k];
            n[a] -= sign;
            mark[a >>> 6] |= 1L << a;
        }
    }

    private void reevaluateTouched() {
        long[] mark = touched;
        for (int w = 0; w < mark.length; w++) {
            long bits = mark[w];
            if (bits == 0) {
                continue;
            }
            mark[w] = 0;
            long fire = firing[w];
            while (bits != 0) {
                long low = bits & -bits;
                int a = (w << 6) + Long.numberOfTrailingZeros(bits);
                bits ^= low;
                fire = net[a] >= theta ? fire | low : fire & ~low;
            }
            firing[w] = fire;
        }
    }

    private int emit(int[] active) {
        int n = 0;
        for (int w = 0; w < firing.length; w++) {
            long bits = firing[w];
            while (bits != 0) {
                active[n++] = (w << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
            }
        }
        return n;
    }

    /** Counts and firing for a dark retina: every count 0, so a unit fires only when theta <= 0. */
    private void resetToDark() {
        Arrays.fill(net, 0);
        Arrays.fill(seen, 0L);
        Arrays.fill(firing, theta <= 0 ? -1L : 0L);
        if (theta <= 0 && (units & 63) != 0) {
            firing[firing.length - 1] = (1L << units) - 1;
        }
    }
}
