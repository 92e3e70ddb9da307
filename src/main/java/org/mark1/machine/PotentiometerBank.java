package org.mark1.machine;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The 512 motor-driven potentiometers on the A-to-R connections: the machine's adaptive weights
 * [BISHOP, NORTHROP]. Pot {@code i} sits on A-unit {@code i}'s output. A position is a whole number
 * of motor steps between the end stops {@code -potSteps} and {@code +potSteps}; a pot turned past an
 * end stop stays there. The pots keep their setting with the power off: {@link MachineState} saves
 * them with the R-units' thresholds.
 *
 * <h2>Seeding</h2>
 * Starting positions are uniform over {@code -initialSpread..+initialSpread}, drawn pot by pot
 * from the INITIAL_POTS stream: symmetric about the centre, never all positive.
 */
public final class PotentiometerBank {

    private final int[] positions;
    private final int limit;
    private final double voltsPerStep;
    /** Steps a reinforcement asked for that an end stop took away (not part of the bank's state). */
    private long refused;

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
        refuse(Math.abs((long) before + steps - positions[pot]));
        return positions[pot] - before;
    }

    /** Counts {@code steps} a reinforcement asked for beyond an end stop (a motor driven against it turns no further). */
    public void refuse(long steps) {
        refused += steps;
    }

    /** The steps the end stops have taken away since the bank was made: asked for by the rule, never turned. */
    public long refused() {
        return refused;
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

    @Override
    public boolean equals(Object o) {
        return o instanceof PotentiometerBank b && limit == b.limit && Arrays.equals(positions, b.positions);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(positions);
    }
}
