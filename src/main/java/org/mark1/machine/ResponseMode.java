package org.mark1.machine;

/**
 * How the R-units decide which lamps light [gap: the Mark I's circuit is not recorded].
 */
public enum ResponseMode implements org.mark1.io.Keyword {
    /** Each R-unit lights its lamp when its sum exceeds its threshold, whatever the others do. */
    THRESHOLD,
    /**
     * The R-units are mutually exclusive, "like a multi-stable flip-flop" (Rosenblatt's 1957 design):
     * the unit whose sum exceeds its threshold by the most lights its lamp and no other lamp lights;
     * when two or more share the largest excess, no lamp lights (a wrong answer).
     */
    EXCLUSIVE
}
