package org.mark1.learning;

/**
 * How a rule's decisions become weights on the machine.
 */
public enum WeightMode implements org.mark1.io.Keyword {
    /**
     * Every rule moves potentiometers: whole motor steps, motor speed, end stops; a real-valued
     * step is made whole by {@link PotStepper} (a remainder kept per pot).
     */
    HARDWARE,
    /** Weights are real numbers, changed at once, with no motors and no end stops ({@link RealWeights}). */
    IDEAL
}
