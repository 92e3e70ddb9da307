package org.mark1.stimulus;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Makes the cards of a {@link CellPattern}: lit photocells (light 1, all others 0), only those that
 * satisfy the pattern's predicate.
 *
 * <h2>Seeding</h2>
 * Named cells take nothing from the generator: the subsets of the cells that satisfy the predicate
 * are the cards, in order of their binary number (first cell lowest), and card {@code i} is the
 * {@code i}-th of them in turn. Random dots are drawn by rejection: each attempt takes the count
 * (one number), then one number per dot (a partial shuffle of the region's cells); an attempt whose
 * dots fail the predicate is drawn again, up to {@value #ATTEMPTS} attempts.
 */
public final class CellPatternMaker {

    /** Attempts at one card of random dots at most (our choice); a scenario is refused when its class is rarer. */
    public static final int ATTEMPTS = 2_000;

    private final int rows;
    private final int columns;
    private final CellPattern pattern;
    private final int[] regionCells;
    private final List<BitSet> subsets;

    public CellPatternMaker(int rows, int columns, CellPattern pattern) {
        this.rows = rows;
        this.columns = columns;
        this.pattern = pattern;
        if (pattern.dots() != null) {
            this.regionCells = cellsIn(pattern.dots().region().on(rows, columns), columns);
            this.subsets = List.of();
        } else {
            this.regionCells = new int[0];
            this.subsets = acceptedSubsets();
        }
    }

    /** The cells whose whole square lies in {@code r}, row-major. */
    static int[] cellsIn(Rectangle2D r, int columns) {
        int c0 = (int) Math.ceil(r.getMinX() - 1e-9);
        int c1 = (int) Math.floor(r.getMaxX() + 1e-9);
        int r0 = (int) Math.ceil(r.getMinY() - 1e-9);
        int r1 = (int) Math.floor(r.getMaxY() + 1e-9);
        List<Integer> out = new ArrayList<>();
        for (int row = r0; row < r1; row++) {
            for (int col = c0; col < c1; col++) {
                out.add(row * columns + col);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** How many cells random dots may land on. */
    public int regionSize() {
        return regionCells.length;
    }

    /** The cards of named cells that satisfy the predicate, in turn (none for random dots). */
    public List<BitSet> namedCards() {
        return subsets;
    }

    private List<BitSet> acceptedSubsets() {
        List<List<Integer>> cells = pattern.cells();
        List<BitSet> out = new ArrayList<>();
        for (int mask = 0; mask < 1 << cells.size(); mask++) {
            BitSet lit = new BitSet(rows * columns);
            for (int i = 0; i < cells.size(); i++) {
                if ((mask >> i & 1) == 1) {
                    lit.set(cells.get(i).get(0) * columns + cells.get(i).get(1));
                }
            }
            if (pattern.accepts(lit, rows, columns)) {
                out.add(lit);
            }
        }
        return List.copyOf(out);
    }

    /** One attempt at random dots, whether or not it satisfies the predicate. */
    BitSet attempt(UniformRandomProvider rng) {
        CellPattern.Count count = pattern.dots().count();
        int n = Math.min(regionCells.length, count.min() + rng.nextInt(count.max() - count.min() + 1));
        int[] pool = regionCells.clone();
        BitSet lit = new BitSet(rows * columns);
        for (int i = 0; i < n; i++) {
            int j = i + rng.nextInt(pool.length - i);
            int t = pool[i];
            pool[i] = pool[j];
            pool[j] = t;
            lit.set(pool[i]);
        }
        return lit;
    }

    /** The share of {@code draws} attempts at random dots that satisfy the predicate. */
    public double acceptance(UniformRandomProvider rng, int draws) {
        int hits = 0;
        for (int i = 0; i < draws; i++) {
            hits += pattern.accepts(attempt(rng), rows, columns) ? 1 : 0;
        }
        return (double) hits / draws;
    }

    /**
     * Card {@code index} of this pattern: named cells in turn, or random dots drawn until they satisfy
     * the predicate.
     *
     * @throws IllegalStateException when {@value #ATTEMPTS} attempts all fail (a scenario checks the
     *                               predicate is not that rare before it runs)
     */
    public Card make(int index, UniformRandomProvider rng) {
        BitSet lit;
        if (pattern.dots() == null) {
            if (subsets.isEmpty()) {
                throw new IllegalStateException("no subset of " + pattern.cells() + " is " + pattern.describe());
            }
            lit = subsets.get(index % subsets.size());
        } else {
            lit = null;
            for (int a = 0; a < ATTEMPTS && lit == null; a++) {
                BitSet b = attempt(rng);
                lit = pattern.accepts(b, rows, columns) ? b : null;
            }
            if (lit == null) {
                throw new IllegalStateException(ATTEMPTS + " attempts drew no card that is " + pattern.describe());
            }
        }
        double[] light = new double[rows * columns];
        StringBuilder where = new StringBuilder();
        for (int i = lit.nextSetBit(0); i >= 0; i = lit.nextSetBit(i + 1)) {
            light[i] = 1.0;
            if (where.length() < 200) {
                where.append(where.length() == 0 ? "" : " ").append('(').append(i / columns).append(',')
                        .append(i % columns).append(')');
            }
        }
        int n = lit.cardinality();
        String label = n + (n == 1 ? " cell" : " cells");
        if (pattern.connected() != null) {
            int pieces = CellPattern.pieces(lit, rows, columns, pattern.connectivity());
            label += ", " + pieces + (pieces == 1 ? " piece" : " pieces");
        }
        return new Card(label, label + " lit: " + (n == 0 ? "none" : where.toString()), light);
    }
}
