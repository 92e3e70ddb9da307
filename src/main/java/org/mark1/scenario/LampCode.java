package org.mark1.scenario;

import java.util.Arrays;
import java.util.List;
import org.mark1.io.InvalidValue;
import org.mark1.machine.MachineConfig;
import org.mark1.machine.ResponseMode;

/**
 * How classes map to lamps: class {@code i} wants exactly the lamps in its code lit and the others
 * dark. The machine's answer is the class whose code matches the lit lamps, or none.
 */
public final class LampCode {

    private final boolean[][] codes;
    private final String[] names;
    private final int lamps;

    private LampCode(boolean[][] codes, String[] names, int lamps) {
        this.codes = codes;
        this.names = names;
        this.lamps = lamps;
    }

    /** The code a scenario asks for; refuses codes that do not tell every class apart. */
    public static LampCode of(Scenario s) {
        return of(s.classes(), s.coding(), s.machine().responseMode());
    }

    /**
     * The code for these classes; refuses codes that do not tell every class apart, and, for
     * mutually exclusive R-units (which light one lamp at a time), binary coding and any class that
     * does not light exactly one lamp.
     */
    public static LampCode of(List<Scenario.ClassSpec> classes, Scenario.Coding coding, ResponseMode mode) {
        if (mode == ResponseMode.EXCLUSIVE && coding == Scenario.Coding.BINARY) {
            throw new InvalidValue("coding", "binary lights several lamps at once, which machine.responseMode exclusive "
                    + "cannot; use coding: one-per-class or responseMode: threshold");
        }
        int k = classes.size();
        int[][] lit = new int[k][];
        int lamps = 1;
        for (int i = 0; i < k; i++) {
            List<Integer> given = classes.get(i).lamps();
            lit[i] = given != null ? given.stream().mapToInt(Integer::intValue).toArray()
                    : coding == Scenario.Coding.ONE_PER_CLASS ? new int[] {i} : bits(i);
            for (int l : lit[i]) {
                lamps = Math.max(lamps, l + 1);
            }
            if (mode == ResponseMode.EXCLUSIVE && lit[i].length != 1) {
                throw new InvalidValue("classes/" + i + "/lamps", "class '" + classes.get(i).name() + "' lights "
                        + lit[i].length + " lamps, but with machine.responseMode exclusive a class lights exactly one; "
                        + "give it one lamp of its own, e.g. lamps: [" + i + "], or use responseMode: threshold");
            }
        }
        if (coding == Scenario.Coding.BINARY) {
            lamps = Math.max(lamps, 32 - Integer.numberOfLeadingZeros(Math.max(1, k - 1)));
        }
        boolean[][] codes = new boolean[k][lamps];
        for (int i = 0; i < k; i++) {
            for (int l : lit[i]) {
                codes[i][l] = true;
            }
            for (int j = 0; j < i; j++) {
                if (Arrays.equals(codes[i], codes[j])) {
                    throw new InvalidValue("classes/" + i + "/lamps", "class '" + classes.get(i).name()
                            + "' lights the same lamps as '" + classes.get(j).name() + "'; give each class its own lamps");
                }
            }
        }
        return new LampCode(codes, classes.stream().map(Scenario.ClassSpec::name).toArray(String[]::new), lamps);
    }

    /**
     * Refuses, naming the key, a machine or training that cannot serve this code: drawn source sets
     * that do not fit, and under exclusive R-units a rule or weight mode not defined for them.
     */
    void requireServable(MachineConfig machine, Scenario.TrainingSpec training) {
        long wanted = (long) machine.sourceSetSize() * lamps;
        if (wanted > machine.associationUnits()) {
            throw new InvalidValue("machine/sourceSetSize", machine.sourceSetSize() + " A-units for each of " + lamps
                    + " lamps need " + wanted + " but the machine has " + machine.associationUnits()
                    + " (a pot feeds one lamp only); lower sourceSetSize or use 0 for an even split");
        }
        if (machine.responseMode() != ResponseMode.EXCLUSIVE) {
            return;
        }
        if (!training.rule().definedForExclusive()) {
            throw new InvalidValue("training/rule", "'" + training.rule().id() + "' is not defined for machine.responseMode "
                    + "exclusive; use error-correction or forced, or responseMode: threshold");
        }
        if (training.weightMode() != org.mark1.learning.WeightMode.HARDWARE) {
            throw new InvalidValue("training/weights", "'" + training.weightMode().id() + "' is not defined for "
                    + "machine.responseMode exclusive; use weights: hardware, or responseMode: threshold");
        }
    }

    private static int[] bits(int i) {
        return java.util.stream.IntStream.range(0, 31).filter(b -> (i >>> b & 1) == 1).toArray();
    }

    /** Number of lamps (R-units) in use. */
    public int lamps() {
        return lamps;
    }

    /** The lamps class {@code c} wants lit (a copy). */
    public boolean[] wanted(int c) {
        return codes[c].clone();
    }

    public String className(int c) {
        return names[c];
    }

    /** The name of the class the lamps show, or "(no class)" when they show none (for a reader, as the reports say it). */
    public String answer(boolean[] shown) {
        int c = decode(shown);
        return c < 0 ? "(no class)" : names[c];
    }

    /** The class whose code the lamps show, or -1 when none does. */
    public int decode(boolean[] shown) {
        for (int c = 0; c < codes.length; c++) {
            if (Arrays.equals(codes[c], shown)) {
                return c;
            }
        }
        return -1;
    }
}
