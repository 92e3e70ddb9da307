package org.mark1.machine;

/**
 * The A-to-R patch: which R-unit each potentiometer (and so each A-unit) feeds. Rosenblatt calls
 * the A-units that feed one R-unit its "source set". How the Mark I shared its 512 pots among its
 * lamps is not recorded [gap]; by default an experiment that uses {@code k} R-units splits the pots
 * evenly into {@code k} consecutive blocks (with 8 lamps, 64 pots, eight A-unit cards, each). With
 * {@code sourceSetSize = n} ({@link #random}) each R-unit gets {@code n} pots drawn at random,
 * disjoint: a pot is one A-to-R connection and feeds one R-unit only, so the sets cannot overlap,
 * and the pots left over feed no lamp.
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

    /**
     * Gives each of {@code rUnits} R-units {@code size} pots drawn at random (a uniform random
     * permutation of the pots, cut into consecutive runs of {@code size}); the others feed no R-unit.
     */
    public static SourceSets random(int pots, int rUnits, int size, org.apache.commons.rng.UniformRandomProvider rng) {
        if (rUnits < 1 || size < 1 || (long) size * rUnits > pots) {
            throw new IllegalArgumentException(rUnits + " disjoint source sets of " + size + " do not fit in " + pots + " pots");
        }
        int[] order = new org.apache.commons.rng.sampling.PermutationSampler(rng, pots, pots).sample();
        int[] of = new int[pots];
        java.util.Arrays.fill(of, -1);
        for (int k = 0; k < size * rUnits; k++) {
            of[order[k]] = k / size;
        }
        return new SourceSets(of, rUnits);
    }

    /** Number of pots (A-units) on the machine, whether or not they feed an R-unit. */
    public int pots() {
        return rUnitOf.length;
    }

    /** Number of R-units in use. */
    public int rUnits() {
        return rUnits;
    }

    /** The R-unit pot {@code pot} feeds, or -1 when it feeds none. */
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
