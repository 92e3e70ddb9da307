package org.mark1.machine;

/**
 * What an R-unit has learned, drawn back onto the retina: for each photocell, the sum over the
 * R-unit's A-units of (pot position) x (+1 if the cell is on the unit's excitatory inputs, -1 if on
 * its inhibitory inputs). A cell with a large positive value pushes the R-unit's lamp on when lit;
 * a negative one pushes it off. It ignores the A-units' thresholds, so it is a picture of tendency,
 * not an exact account. The model computes it; views only paint it.
 */
public final class ReceptiveField {

    private ReceptiveField() {
    }

    /** The field of R-unit {@code r} as {@code [row][column]}, in pot steps. */
    public static double[][] of(MarkOne machine, int r) {
        double[] positions = new double[machine.pots().size()];
        for (int a = 0; a < positions.length; a++) {
            positions[a] = machine.pots().position(a);
        }
        return of(machine, r, positions);
    }

    /**
     * The field of R-unit {@code r} with {@code weights} (one per A-unit, in pot order) in place of
     * the pots' positions: what a machine trained in the ideal weight mode learned.
     */
    public static double[][] of(MarkOne machine, int r, double[] weights) {
        Plugboard board = machine.plugboard();
        SourceSets sets = machine.sourceSets();
        int columns = machine.config().columns();
        double[][] field = new double[machine.config().rows()][columns];
        for (int a = 0; a < board.associationUnits(); a++) {
            if (sets.rUnitOf(a) != r) {
                continue;
            }
            double w = weights[a];
            for (int c : board.excitatory(a)) {
                field[c / columns][c % columns] += w;
            }
            for (int c : board.inhibitory(a)) {
                field[c / columns][c % columns] -= w;
            }
        }
        return field;
    }
}
