package org.mark1.mcp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The output neuron's part of a compiled net, as seen from the atoms at t−1 (the {@code x} bits):
 * its endings from each, its threshold, and for each pattern {@code y} of older atoms the threshold
 * that the older atoms must leave for it ({@code thresholds[y]}). See {@link NetCompiler}.
 *
 * <p>With vetoes {@code V} fixed, the neuron realizes the expression iff for every y the set of x
 * where the expression holds is empty or equals {x : x∧V = 0, endings·x ≥ thresholds[y]}, with
 * thresholds[y] ≤ threshold: the older atoms may only add endings (cells firing at t−1) or veto.
 */
record OutputNeuron(int[] endings, int threshold, int total, int[] thresholds) {

    /**
     * How many endings per synapse the search tries for {@code counted} excitatory atoms. What decides
     * the fit is only how the endings order the 2^counted patterns; we enumerated those orders: three
     * atoms give all 44 with at most 4 endings, four atoms all 1666 with at most 10 (none new up to
     * 20), so up to four atoms the search is complete. Beyond, it is cut short to stay quick.
     */
    static int maxEndings(int counted) {
        return counted <= 3 ? 8 : counted == 4 ? 10 : counted == 5 ? 6 : 4;
    }

    /** Whether {@link #maxEndings} makes the search complete: a failure then proves no neuron fits. */
    static boolean complete(int counted) {
        return counted <= 4;
    }

    /** The neuron with the fewest endings that fits, or null when none with at most {@code max} per synapse does. */
    static OutputNeuron search(long[] truth, int nx, int counted, int vetoes, int max) {
        for (int[] w : candidates(nx, counted, max)) {
            OutputNeuron fit = fit(truth, nx, vetoes, w);
            if (fit != null) {
                return fit;
            }
        }
        return null;
    }

    private static OutputNeuron fit(long[] truth, int nx, int vetoes, int[] w) {
        int patterns = 1 << nx;
        int[] dot = new int[patterns];
        for (int x = 0; x < patterns; x++) {
            for (int i = 0; i < nx; i++) {
                dot[x] += (x >> i & 1) * w[i];
            }
        }
        int total = dot[patterns - 1];
        int[] thresholds = new int[truth.length];
        for (int y = 0; y < truth.length; y++) {
            if (truth[y] == 0) {
                continue;
            }
            int least = Integer.MAX_VALUE;
            for (int x = 0; x < patterns; x++) {
                if ((truth[y] >> x & 1L) != 0) {
                    least = Math.min(least, dot[x]);
                }
            }
            for (int x = 0; x < patterns; x++) {
                boolean fires = (x & vetoes) == 0 && dot[x] >= least;
                if (fires != ((truth[y] >> x & 1L) != 0)) {
                    return null;
                }
            }
            thresholds[y] = least;
        }
        int threshold;
        if (truth[0] != 0) {
            threshold = thresholds[0];
            for (int y = 0; y < truth.length; y++) {
                if (truth[y] != 0 && thresholds[y] > threshold) {
                    return null; // older atoms could only have lowered the bar, never raised it
                }
            }
        } else {
            threshold = total + 1;
        }
        return new OutputNeuron(w, threshold, total, thresholds);
    }

    /** Endings 0..max for each counted atom, fewest in total first, then in lexicographic order. */
    private static List<int[]> candidates(int nx, int counted, int max) {
        List<int[]> all = new ArrayList<>();
        int[] w = new int[nx];
        enumerate(w, 0, counted, max, all);
        all.sort(Comparator.comparingInt((int[] a) -> Arrays.stream(a).sum()).thenComparing(Arrays::compare));
        return all;
    }

    private static void enumerate(int[] w, int i, int counted, int max, List<int[]> out) {
        if (i == w.length) {
            out.add(w.clone());
            return;
        }
        int top = (counted >> i & 1) != 0 ? max : 0;
        for (int v = 0; v <= top; v++) {
            w[i] = v;
            enumerate(w, i + 1, counted, max, out);
        }
    }
}
