package org.mark1.training;

/**
 * What one presentation did.
 *
 * @param trial       its number, from 0
 * @param label       the stimulus's label
 * @param litCells    firing photocells
 * @param active      firing A-units, ascending
 * @param lamps       the R-units' lamps
 * @param correct     whether every R-unit was right (a sum at threshold is wrong)
 * @param potsMoved   how many pots the reinforcement turned
 */
public record TrialResult(int trial, String label, int litCells, int[] active, boolean[] lamps, boolean correct,
        int potsMoved) {
}
