package org.mark1.machine;

/**
 * The 512 A-units. A-unit {@code a} fires when (active excitatory inputs) - (active inhibitory
 * inputs) reaches theta [PR58]. Its wiring comes from the {@link Plugboard}; here it is held as two
 * bit masks over the retina, so that firing is a handful of AND-and-count operations per unit.
 */
public final class AssociationUnits {

    private final int units;
    private final int words;
    private final int theta;
    private final long[] excitatory;
    private final long[] inhibitory;

    public AssociationUnits(Plugboard board, int theta) {
        this.units = board.associationUnits();
        this.words = Retina.words(board.photocells());
        this.theta = theta;
        this.excitatory = new long[units * words];
        this.inhibitory = new long[units * words];
        for (int a = 0; a < units; a++) {
            for (int c : board.excitatory(a)) {
                excitatory[a * words + (c >>> 6)] |= 1L << c;
            }
            for (int c : board.inhibitory(a)) {
                inhibitory[a * words + (c >>> 6)] |= 1L << c;
            }
        }
    }

    public int size() {
        return units;
    }

    public int theta() {
        return theta;
    }

    /** The net excitation of A-unit {@code a}: active excitatory minus active inhibitory inputs. */
    public int excitation(int a, long[] retina) {
        int net = 0;
        int base = a * words;
        for (int w = 0; w < words; w++) {
            net += Long.bitCount(excitatory[base + w] & retina[w]) - Long.bitCount(inhibitory[base + w] & retina[w]);
        }
        return net;
    }

    /**
     * Fires the A-units on the retina state {@code retina}: writes the indices of the firing units,
     * ascending, into {@code active} and returns how many fired.
     */
    public int fire(long[] retina, int[] active) {
        int n = 0;
        for (int a = 0; a < units; a++) {
            if (excitation(a, retina) >= theta) {
                active[n++] = a;
            }
        }
        return n;
    }
}
