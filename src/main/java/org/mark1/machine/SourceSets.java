package org.mark1.machine;

/**
 * The A-to-R patch: which R-unit each potentiometer (and so each A-unit) feeds. Rosenblatt calls
 * the A-units that feed one R-unit its "source set". How the Mark I shared its 512 pots among its
 * lamps is not recorded [gap]; by default an experiment that uses {@code k} R-units splits the pots
 * evenly into {@code k} consecutive blocks (with 8 lamps, 64 pots, eight A-unit cards, each).
 */
public final class SourceSets {

    private final int[] rUnitOf;
    private final int rUnits;

    private SourceSets(int[] rUnitOf, int rUnits) {
        this.rUnitOf = rUnitOf;
        this.rUnits = rUnits;
    }

    /** Splits {@code pots} pots evenly, in consecutive blocks, among {@code rUnits} R-units. */
    public static SourceSets evenSplit(int pots, int rUnits) {
        if (rUnits < 1 || rUnits > pots) {
            throw new IllegalArgumentException("cannot split " + pots + " pots among " + rUnits + " R-units");
        }
        int[] of = new int[pots];
        for (int i = 0; i < pots; i++) {
            of[i] = (int) ((long) i * rUnits / pots);
        }
        return new SourceSets(of, rUnits);
    }

    /** Number of pots (A-units) shared out. */
    public int pots() {
        return rUnitOf.length;
    }

    /** Number of R-units in use. */
    public int rUnits() {
        return rUnits;
    }

    /** The R-unit pot {@code pot} feeds. */
    public int rUnitOf(int pot) {
        return rUnitOf[pot];
    }

    /** Number of pots in R-unit {@code r}'s source set. */
    public int size(int r) {
        int n = 0;
        for (int of : rUnitOf) {
            if (of == r) {
                n++;
            }
        }
        return n;
    }
}
