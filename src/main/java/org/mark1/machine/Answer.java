package org.mark1.machine;

/**
 * How the machine answered one stimulus: the firing A-units, and for each R-unit in use its sum,
 * its threshold and its lamp. A learning rule reads it to decide what to reinforce.
 *
 * <p>Each R-unit's excess is its sum minus its threshold. How lamps follow from the excesses is the
 * {@link ResponseMode} [gap]:
 * <ul>
 * <li>{@code threshold}: R-unit {@code r} lights when its excess is positive. Convention (of the
 * convergence proof and the usual reference implementations): {@code r} is right only when its
 * excess lies strictly on the wanted side of 0; an excess of exactly 0 is wrong, whichever lamp was
 * wanted.</li>
 * <li>{@code exclusive}: only the R-unit with the largest excess lights. When two or more share the
 * largest excess no lamp lights, and every one of them is wrong. A wanted unit is right when it
 * alone has the largest excess; an unwanted one when its excess is below the largest.</li>
 * </ul>
 *
 * @param active      firing A-units, ascending
 * @param sums        each R-unit's sum of the positions of the pots of its active A-units
 * @param thresholds  each R-unit's threshold at the moment of answering
 * @param sets        the A-to-R patch
 * @param mode        how lamps follow from the sums
 */
public record Answer(int[] active, int[] sums, int[] thresholds, SourceSets sets, ResponseMode mode) {

    /** An answer of R-units that each light by their own threshold. */
    public Answer(int[] active, int[] sums, int[] thresholds, SourceSets sets) {
        this(active, sums, thresholds, sets, ResponseMode.THRESHOLD);
    }

    /** R-unit {@code r}'s sum minus its threshold. */
    public long excess(int r) {
        return (long) sums[r] - thresholds[r];
    }

    /** Under {@code exclusive}: the R-unit alone with the largest excess, or -1 on a tie. */
    public int winner() {
        int best = 0;
        boolean tie = false;
        for (int r = 1; r < sums.length; r++) {
            if (excess(r) > excess(best)) {
                best = r;
                tie = false;
            } else if (excess(r) == excess(best)) {
                tie = true;
            }
        }
        return tie ? -1 : best;
    }

    /**
     * Under {@code exclusive}: the strongest unwanted R-unit, the one error correction turns down when
     * {@code wanted} does not win alone (the first such unit when several share its excess).
     */
    public int rival(int wanted) {
        int rival = -1;
        for (int r = 0; r < sums.length; r++) {
            if (r != wanted && (rival < 0 || excess(r) > excess(rival))) {
                rival = r;
            }
        }
        return rival;
    }

    private long largest() {
        long m = Long.MIN_VALUE;
        for (int r = 0; r < sums.length; r++) {
            m = Math.max(m, excess(r));
        }
        return m;
    }

    /** Whether R-unit {@code r}'s lamp is lit. */
    public boolean lamp(int r) {
        return mode == ResponseMode.EXCLUSIVE ? winner() == r : sums[r] > thresholds[r];
    }

    /** Whether R-unit {@code r} is right when {@code wanted} is the lamp the trainer wants. */
    public boolean correct(int r, boolean wanted) {
        if (mode == ResponseMode.EXCLUSIVE) {
            return wanted ? winner() == r : excess(r) < largest();
        }
        return wanted ? sums[r] > thresholds[r] : sums[r] < thresholds[r];
    }

    /** Whether every R-unit in use is right. */
    public boolean correct(boolean[] wanted) {
        for (int r = 0; r < sums.length; r++) {
            if (!correct(r, wanted[r])) {
                return false;
            }
        }
        return true;
    }

    public boolean[] lamps() {
        boolean[] lamps = new boolean[sums.length];
        int winner = mode == ResponseMode.EXCLUSIVE ? winner() : -1;
        for (int r = 0; r < lamps.length; r++) {
            lamps[r] = mode == ResponseMode.EXCLUSIVE ? r == winner : lamp(r);
        }
        return lamps;
    }
}
