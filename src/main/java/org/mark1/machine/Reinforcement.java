package org.mark1.machine;

/**
 * One reinforcement pulse: pot {@code pots[i]} is to turn {@code steps[i]} motor steps (positive
 * toward +), and R-unit {@code r}'s threshold to move {@code thresholdSteps[r]} steps. A learning
 * rule decides it; the machine carries it out, through its motors.
 */
public record Reinforcement(int[] pots, int[] steps, int[] thresholdSteps) {

    public Reinforcement {
        if (pots.length != steps.length) {
            throw new IllegalArgumentException(pots.length + " pots but " + steps.length + " step counts");
        }
    }

    /** No pot turns, no threshold moves. */
    public static Reinforcement none(int rUnits) {
        return new Reinforcement(new int[0], new int[0], new int[rUnits]);
    }

    public boolean isEmpty() {
        if (pots.length > 0) {
            return false;
        }
        for (int t : thresholdSteps) {
            if (t != 0) {
                return false;
            }
        }
        return true;
    }

    /** The largest number of steps any one pot is asked to turn. */
    public int largestMove() {
        int m = 0;
        for (int s : steps) {
            m = Math.max(m, Math.abs(s));
        }
        return m;
    }
}
