package org.mark1.training;

/**
 * A read-only picture of the machine at one instant, for views: the animation paints it, it never
 * touches the machine itself. Every array is a copy.
 *
 * @param time       simulated microseconds
 * @param trial      the presentation under way (or last), from 0; -1 before the first
 * @param label      its stimulus's label, or "" before the first
 * @param lit        firing photocells of the card under way; none while its light settles on them
 * @param active     firing A-units
 * @param positions  every pot's position, in motor steps
 * @param thresholds each R-unit's threshold
 * @param lamps      each R-unit's lamp
 * @param turning    the pots whose motors are turning
 */
public record MachineSnapshot(long time, int trial, String label, int[] lit, int[] active, int[] positions,
        int[] thresholds, boolean[] lamps, int[] turning) {
}
