package org.mark1.machine;

/**
 * The A-layer counted 64 A-units at a time, in bit-sliced counters: a fast path of
 * {@link AssociationUnits} for small retinas and few plugs per unit.
 *
 * <p>Each photocell holds two masks over the A-units, one bit per unit: the units it excites and the
 * units it inhibits. For each word of 64 A-units, three {@code long}s hold the excitatory counts
 * (bit {@code j} of every unit's count in slice {@code j}) and three the inhibitory counts; adding a
 * lit photocell's mask to a count is a ripple of ANDs and XORs, 64 units at once. At the end a
 * bit-sliced adder forms {@code E - I - theta} in five bits and a unit fires when its sign bit is
 * clear. Counts up to 7 fit in three bits, so this path serves machines with at most 7 excitatory
 * and 7 inhibitory plugs per unit and a theta from -8 to 8; the others use the fan-out lists.
 */
final class SlicedCounters {

    /** Largest plugs of one sign per unit this path counts. */
    static final int MAX_PLUGS = 7;

    private final int units;
    private final int cells;
    private final int words;
    /** masks[(cell * words + w) * 2] excitatory, [... + 1] inhibitory: 64 A-units per word. */
    private final long[] masks;
    private final long[] k;
    private final int[] litCells;

    /** Whether a machine of this shape can be counted this way. */
    static boolean fits(int x, int y, int theta) {
        return x <= MAX_PLUGS && y <= MAX_PLUGS && theta >= -8 && theta <= 8;
    }

    SlicedCounters(int units, int cells, int[] unitExcitatory, int x, int[] unitInhibitory, int y, int theta) {
        this.units = units;
        this.cells = cells;
        this.words = (units + 63) >>> 6;
        this.masks = new long[cells * words * 2];
        for (int a = 0; a < units; a++) {
            for (int j = 0; j < x; j++) {
                masks[(unitExcitatory[a * x + j] * words + (a >>> 6)) * 2] |= 1L << a;
            }
            for (int j = 0; j < y; j++) {
                masks[(unitInhibitory[a * y + j] * words + (a >>> 6)) * 2 + 1] |= 1L << a;
            }
        }
        // E - I - theta = E + ~I + (1 - theta) in five bits; k[j] is bit j of (1 - theta), as a full word.
        this.k = new long[5];
        int constant = (1 - theta) & 31;
        for (int j = 0; j < 5; j++) {
            k[j] = (constant >>> j & 1) != 0 ? -1L : 0L;
        }
        this.litCells = new int[cells];
    }

    /** Memory this path needs, in {@code long}s. */
    static long size(int units, int cells) {
        return (long) cells * ((units + 63) >>> 6) * 2;
    }

    int fire(long[] retina, int[] active) {
        int lit = 0;
        for (int w = 0; w < retina.length; w++) {
            long bits = retina[w];
            while (bits != 0) {
                int c = (w << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                if (c < cells) {
                    litCells[lit++] = c;
                }
            }
        }
        int n = 0;
        long[] m = masks;
        int[] cs = litCells;
        int stride = words * 2;
        int w = 0;
        for (; w + 1 < words; w += 2) { // two words at a time: independent chains run side by side
            long e0 = 0;
            long e1 = 0;
            long e2 = 0;
            long i0 = 0;
            long i1 = 0;
            long i2 = 0;
            long f0 = 0;
            long f1 = 0;
            long f2 = 0;
            long j0 = 0;
            long j1 = 0;
            long j2 = 0;
            int offset = w * 2;
            for (int j = 0; j < lit; j++) {
                int at = cs[j] * stride + offset;
                long e = m[at];
                long t = e0 & e;
                e0 ^= e;
                e2 |= e1 & t;
                e1 ^= t;
                long h = m[at + 1];
                t = i0 & h;
                i0 ^= h;
                i2 |= i1 & t;
                i1 ^= t;
                e = m[at + 2];
                t = f0 & e;
                f0 ^= e;
                f2 |= f1 & t;
                f1 ^= t;
                h = m[at + 3];
                t = j0 & h;
                j0 ^= h;
                j2 |= j1 & t;
                j1 ^= t;
            }
            n = emit(w, ~signOfNet(e0, e1, e2, i0, i1, i2), active, n);
            n = emit(w + 1, ~signOfNet(f0, f1, f2, j0, j1, j2), active, n);
        }
        for (; w < words; w++) {
            long e0 = 0;
            long e1 = 0;
            long e2 = 0;
            long i0 = 0;
            long i1 = 0;
            long i2 = 0;
            int offset = w * 2;
            for (int j = 0; j < lit; j++) {
                int at = cs[j] * stride + offset;
                long e = m[at];
                long t = e0 & e;
                e0 ^= e;
                e2 |= e1 & t;
                e1 ^= t;
                long h = m[at + 1];
                t = i0 & h;
                i0 ^= h;
                i2 |= i1 & t;
                i1 ^= t;
            }
            n = emit(w, ~signOfNet(e0, e1, e2, i0, i1, i2), active, n);
        }
        return n;
    }

    /** Appends the firing units of word {@code w} to {@code active}. */
    private int emit(int w, long fire, int[] active, int n) {
        int rest = units - (w << 6);
        if (rest < 64) {
            fire &= (1L << rest) - 1;
        }
        while (fire != 0) {
            active[n++] = (w << 6) + Long.numberOfTrailingZeros(fire);
            fire &= fire - 1;
        }
        return n;
    }

    /** Bit 4 of E + ~I + (1 - theta), five-bit arithmetic: set where E - I < theta. */
    private long signOfNet(long e0, long e1, long e2, long i0, long i1, long i2) {
        // S = E + ~I, E and I zero-extended to five bits (so ~I has ones in bits 3 and 4).
        long a = e0;
        long b = ~i0;
        long s0 = a ^ b;
        long c = a & b;
        a = e1;
        b = ~i1;
        long s1 = a ^ b ^ c;
        c = (a & b) | (c & (a ^ b));
        a = e2;
        b = ~i2;
        long s2 = a ^ b ^ c;
        c = (a & b) | (c & (a ^ b));
        long s3 = ~c; // 0 + 1 + c
        long s4 = ~c; // the carry out of bit 3 is c again
        // R = S + K
        c = s0 & k[0];
        long x = s1 ^ k[1];
        c = (s1 & k[1]) | (c & x);
        x = s2 ^ k[2];
        long c3 = (s2 & k[2]) | (c & x);
        x = s3 ^ k[3];
        long c4 = (s3 & k[3]) | (c3 & x);
        return s4 ^ k[4] ^ c4;
    }
}
