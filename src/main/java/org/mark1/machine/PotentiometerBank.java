package org.mark1.machine;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.mark1.io.InputError;

/**
 * The 512 motor-driven potentiometers on the A-to-R connections: the machine's adaptive weights
 * [BISHOP, NORTHROP]. Pot {@code i} sits on A-unit {@code i}'s output. A position is a whole number
 * of motor steps between the end stops {@code -potSteps} and {@code +potSteps}; a pot turned past an
 * end stop stays there. The pots keep their setting with the power off, so a bank can be saved and
 * loaded ({@link #toCsv}, {@link #fromCsv}).
 *
 * <h2>Seeding</h2>
 * Starting positions are uniform over {@code -initialSpread..+initialSpread}, drawn pot by pot
 * from the INITIAL_POTS stream: symmetric about the centre, never all positive.
 */
public final class PotentiometerBank {

    /** Header of the saved bank. */
    public static final String CSV_HEADER = "pot,position,volts";

    private final int[] positions;
    private final int limit;
    private final double voltsPerStep;

    private PotentiometerBank(int[] positions, int limit, double voltsPerStep) {
        this.positions = positions;
        this.limit = limit;
        this.voltsPerStep = voltsPerStep;
    }

    /** A bank with every pot at the centre. */
    public static PotentiometerBank centred(MachineConfig config) {
        return new PotentiometerBank(new int[config.associationUnits()], config.potSteps(), config.voltsPerStep());
    }

    /** A bank with pots spread at random about the centre. */
    public static PotentiometerBank random(MachineConfig config, UniformRandomProvider rng) {
        PotentiometerBank bank = centred(config);
        int spread = config.initialSpread();
        for (int i = 0; i < bank.positions.length; i++) {
            bank.positions[i] = rng.nextInt(2 * spread + 1) - spread;
        }
        return bank;
    }

    public int size() {
        return positions.length;
    }

    /** The end stop: positions run from {@code -limit} to {@code +limit}. */
    public int limit() {
        return limit;
    }

    public int position(int pot) {
        return positions[pot];
    }

    /** The pot's setting in volts. */
    public double volts(int pot) {
        return positions[pot] * voltsPerStep;
    }

    /** All positions (a copy). */
    public int[] positions() {
        return positions.clone();
    }

    /** Where a pot at {@code position} ends up after {@code steps} more, at the end stops at most. */
    public int clamp(long position) {
        return (int) Math.max(-limit, Math.min(limit, position));
    }

    /** Turns a pot by {@code steps} (stopping at an end stop) and returns the steps actually turned. */
    public int turn(int pot, int steps) {
        int before = positions[pot];
        positions[pot] = clamp((long) before + steps);
        return positions[pot] - before;
    }

    /** Sets a pot's position, which must lie within the end stops. */
    public void set(int pot, int position) {
        if (position < -limit || position > limit) {
            throw new IllegalArgumentException("position " + position + " beyond the end stops +-" + limit);
        }
        positions[pot] = position;
    }

    /** How many pots rest on an end stop. */
    public int atEndStops() {
        int n = 0;
        for (int p : positions) {
            if (p == limit || p == -limit) {
                n++;
            }
        }
        return n;
    }

    public String toCsv() {
        StringBuilder b = new StringBuilder(CSV_HEADER).append('\n');
        for (int i = 0; i < positions.length; i++) {
            b.append(i).append(',').append(positions[i]).append(',')
                    .append(String.format(java.util.Locale.ROOT, "%.4f", volts(i))).append('\n');
        }
        return b.toString();
    }

    /** Loads a bank saved by {@link #toCsv}; it must have one line per pot of {@code config}. */
    public static PotentiometerBank fromCsv(String source, String text, MachineConfig config) {
        PotentiometerBank bank = centred(config);
        boolean[] seen = new boolean[bank.size()];
        String[] lines = text.split("\r?\n", -1);
        if (!lines[0].strip().equals(CSV_HEADER)) {
            throw InputError.at(source, 1, 1, "a pot sheet starts with the header '" + CSV_HEADER + "'");
        }
        for (int n = 1; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != 3) {
                throw InputError.at(source, n + 1, 1, "expected 3 fields (" + CSV_HEADER + "), found " + f.length);
            }
            int pot;
            int pos;
            try {
                pot = Integer.parseInt(f[0].strip());
                pos = Integer.parseInt(f[1].strip());
            } catch (NumberFormatException e) {
                throw InputError.at(source, n + 1, 1, "pot and position must be whole numbers");
            }
            if (pot < 0 || pot >= bank.size()) {
                throw InputError.at(source, n + 1, 1, "pot " + pot + " does not exist; allowed: 0 to " + (bank.size() - 1));
            }
            if (pos < -bank.limit || pos > bank.limit) {
                throw InputError.at(source, n + 1, 1, "position " + pos + " lies beyond the end stops; allowed: "
                        + -bank.limit + " to " + bank.limit);
            }
            if (seen[pot]) {
                throw InputError.at(source, n + 1, 1, "pot " + pot + " appears twice");
            }
            seen[pot] = true;
            bank.positions[pot] = pos;
        }
        for (int i = 0; i < seen.length; i++) {
            if (!seen[i]) {
                throw new InputError(source + ": pot " + i + " is missing; the machine has " + seen.length + " pots");
            }
        }
        return bank;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PotentiometerBank b && limit == b.limit && Arrays.equals(positions, b.positions);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(positions);
    }
}
