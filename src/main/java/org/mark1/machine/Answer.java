package org.mark1.machine;

/**
 * How the machine answered one stimulus: the firing A-units, and for each R-unit in use its sum,
 * its threshold and its lamp. A learning rule reads it to decide what to reinforce.
 *
 * <p>Convention (of the convergence proof and the usual reference implementations): R-unit {@code
 * r} is right only when its sum lies strictly on the wanted side of its threshold. A sum exactly at
 * the threshold is a wrong answer, whichever lamp was wanted.
 *
 * @param active      firing A-units, ascending
 * @param sums        each R-unit's sum of the positions of the pots of its active A-units
 * @param thresholds  each R-unit's threshold at the moment of answering
 * @param sets        the A-to-R patch
 */
public record Answer(int[] active, int[] sums, int[] thresholds, SourceSets sets) {

    /** Whether R-unit {@code r}'s lamp is lit: its sum exceeds its threshold. */
    public boolean lamp(int r) {
        return sums[r] > thresholds[r];
    }

    /** Whether R-unit {@code r} is right when {@code wanted} is the lamp the trainer wants. */
    public boolean correct(int r, boolean wanted) {
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
        for (int r = 0; r < lamps.length; r++) {
            lamps[r] = lamp(r);
        }
        return lamps;
    }
}
