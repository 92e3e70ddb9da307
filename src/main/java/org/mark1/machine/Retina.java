package org.mark1.machine;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The S-units: a {@code rows x columns} array of photocells (20 x 20 on the Mark I). A stimulus
 * arrives as light, one value per cell (row-major), and leaves as the set of firing cells, packed
 * one bit per cell into {@code long} words so that A-units can count their inputs quickly.
 *
 * <h2>Seeding</h2>
 * Faults are drawn once, at construction, from the FAULTS stream (one uniform number per cell,
 * always, so the fault fractions change which cells fail but not the stream's use). Noise is drawn
 * at each presentation from the NOISE stream only when {@code photocellNoise > 0}.
 */
public final class Retina {

    private final int rows;
    private final int columns;
    private final double threshold;
    private final double noise;
    private final Photocell[] cells;
    /** One bit per cell: the cells that see their light (working), and the cells stuck on. */
    private final long[] working;
    private final long[] stuck;

    public Retina(MachineConfig config, UniformRandomProvider faultRng) {
        this.rows = config.rows();
        this.columns = config.columns();
        this.threshold = config.photocellThreshold();
        this.noise = config.photocellNoise();
        this.cells = new Photocell[rows * columns];
        for (int i = 0; i < cells.length; i++) {
            double u = faultRng.nextDouble();
            cells[i] = u < config.deadCells() ? Photocell.DEAD
                    : u < config.deadCells() + config.stuckCells() ? Photocell.STUCK_ON
                    : Photocell.WORKING;
        }
        this.working = new long[words(cells.length)];
        this.stuck = new long[words(cells.length)];
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] == Photocell.WORKING) {
                working[i >>> 6] |= 1L << i;
            } else if (cells[i] == Photocell.STUCK_ON) {
                stuck[i >>> 6] |= 1L << i;
            }
        }
    }

    /** Number of {@code long} words that hold one bit per photocell. */
    public static int words(int cells) {
        return (cells + 63) >>> 6;
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    public int size() {
        return cells.length;
    }

    public Photocell cell(int index) {
        return cells[index];
    }

    /**
     * Lets the photocells settle under {@code light}: sets bit {@code i} of {@code bits} when cell
     * {@code i} fires and returns the number of firing cells.
     */
    public int sense(double[] light, UniformRandomProvider noiseRng, long[] bits) {
        if (light.length != cells.length) {
            throw new IllegalArgumentException("light has " + light.length + " cells, the retina " + cells.length);
        }
        ZigguratSampler.NormalizedGaussian gauss = noise > 0 ? ZigguratSampler.NormalizedGaussian.of(noiseRng) : null;
        int lit = 0;
        int n = cells.length;
        // Word by word: a working cell fires when its light (plus noise) exceeds the threshold
        // (Photocell.fires), a dead one never, a stuck one always. Noise is drawn for every cell.
        for (int w = 0; w < working.length; w++) {
            long word = 0;
            int base = w << 6;
            int end = Math.min(64, n - base);
            if (gauss == null) {
                for (int b = 0; b < end; b++) {
                    word |= (light[base + b] > threshold ? 1L : 0L) << b;
                }
            } else {
                for (int b = 0; b < end; b++) {
                    word |= (light[base + b] + noise * gauss.sample() > threshold ? 1L : 0L) << b;
                }
            }
            word = (word & working[w]) | stuck[w];
            bits[w] = word;
            lit += Long.bitCount(word);
        }
        for (int w = working.length; w < bits.length; w++) {
            bits[w] = 0L;
        }
        return lit;
    }

    /** The indices of the set bits of {@code bits}, in increasing order. */
    public static int[] indices(long[] bits) {
        int n = 0;
        for (long w : bits) {
            n += Long.bitCount(w);
        }
        int[] out = new int[n];
        int k = 0;
        for (int w = 0; w < bits.length; w++) {
            long word = bits[w];
            while (word != 0) {
                out[k++] = (w << 6) + Long.numberOfTrailingZeros(word);
                word &= word - 1;
            }
        }
        return out;
    }
}
