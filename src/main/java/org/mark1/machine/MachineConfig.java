package org.mark1.machine;

import static org.mark1.io.InvalidValue.requireRange;

import java.util.List;
import org.mark1.io.InvalidValue;

/**
 * Every number that defines a Mark I: the parts the record gives (retina 20 x 20, 512 A-units,
 * fan-out at most 40, 8 R-units) and every choice we had to make where the record is silent
 * ([gap] in {@code docs/model.md}). {@link #PARAMETERS} gives each its source and rationale; one
 * default machine, {@link #defaults()}, serves every scenario.
 *
 * <p>Pot positions, thresholds and sums are whole numbers of motor steps, so the machine's
 * arithmetic is exact and a run is the same on every computer.
 *
 * @param rows                photocell rows [history: 20]
 * @param columns             photocell columns [history: 20]
 * @param photocellThreshold  light (fraction of the cell covered, 0..1) a cell must exceed to fire [gap]
 * @param photocellNoise      standard deviation of the light noise added to each cell at each presentation [gap, off]
 * @param deadCells           fraction of photocells that never fire [gap, off]
 * @param stuckCells          fraction of photocells that always fire [gap, off]
 * @param associationUnits    number of A-units [history: 512]
 * @param excitatory          excitatory photocells wired to each A-unit, x [gap]
 * @param inhibitory          inhibitory photocells wired to each A-unit, y [gap]
 * @param aThreshold          an A-unit fires when (active excitatory) - (active inhibitory) reaches this, theta [gap]
 * @param maxFanOut           most A-units one photocell may feed [history: 40]
 * @param responseUnits       R-units (lamps) on the machine [history: 8]
 * @param potSteps            end stops: a pot's position runs from -potSteps to +potSteps motor steps [gap]
 * @param potVolts            volts at the end stop [weak: -11 V .. +11 V]
 * @param initialSpread       pots start uniformly within -initialSpread..+initialSpread steps [gap]
 * @param stepsPerReinforcement steps a pot turns per reinforcement pulse [gap]
 * @param responseThreshold   an R-unit's lamp lights when its sum exceeds this (initial value) [gap]
 * @param adaptiveThreshold   whether reinforcement also moves each R-unit's threshold by one step [gap]
 * @param responseMode        {@code threshold}: each lamp by its own threshold; {@code exclusive}: only the largest excess lights [gap]
 * @param sourceSetSize       A-units (pots) feeding each R-unit, drawn at random; 0: all pots split evenly [gap]
 * @param settleMillis        photocell response time (CdS cells are slow) [gap]
 * @param aUnitMillis         delay from settled photocells to fired A-units [gap]
 * @param rUnitMillis         delay from A-units to lit R-lamps [gap]
 * @param reinforceMillis     delay from the answer to the reinforcement pulse [gap]
 * @param motorStepMillis     time a motor takes to turn a pot one step [gap]
 * @param presentationMillis  time from one stimulus to the next [gap]
 */
public record MachineConfig(
        int rows,
        int columns,
        double photocellThreshold,
        double photocellNoise,
        double deadCells,
        double stuckCells,
        int associationUnits,
        int excitatory,
        int inhibitory,
        int aThreshold,
        int maxFanOut,
        int responseUnits,
        int potSteps,
        double potVolts,
        int initialSpread,
        int stepsPerReinforcement,
        int responseThreshold,
        boolean adaptiveThreshold,
        ResponseMode responseMode,
        int sourceSetSize,
        int settleMillis,
        int aUnitMillis,
        int rUnitMillis,
        int reinforceMillis,
        int motorStepMillis,
        int presentationMillis) {

    /** Largest retina side we accept; far beyond any machine of the period. */
    public static final int MAX_SIDE = 200;
    /** Largest number of A-units we accept. */
    public static final int MAX_A_UNITS = 65_536;

    /**
     * Most plugs (A-units x connections per A-unit) a board may hold: 65,536 A-units of 32 plugs,
     * about 400 times the Mark I's 5,120, so that the simulation-era machines (65,536 A-units on a
     * 200 x 200 retina) can be wired.
     */
    public static final int MAX_PLUGS = 2_097_152;

    public MachineConfig {
        requireRange("rows", rows, 1, MAX_SIDE);
        requireRange("columns", columns, 1, MAX_SIDE);
        requireRange("photocellThreshold", photocellThreshold, 0.0, 1.0);
        requireRange("photocellNoise", photocellNoise, 0.0, 10.0);
        requireRange("deadCells", deadCells, 0.0, 1.0);
        requireRange("stuckCells", stuckCells, 0.0, 1.0 - deadCells);
        requireRange("associationUnits", associationUnits, 1, MAX_A_UNITS);
        int cells = rows * columns;
        requireRange("excitatory", excitatory, 1, cells);
        requireRange("inhibitory", inhibitory, 0, cells - excitatory);
        requireRange("aThreshold", aThreshold, 1, excitatory);
        requireRange("maxFanOut", maxFanOut, 1, MAX_A_UNITS);
        int fanIn = excitatory + inhibitory;
        long plugs = (long) associationUnits * fanIn;
        if (plugs > MAX_PLUGS) {
            throw new InvalidValue("associationUnits", associationUnits + " A-units x (excitatory + inhibitory = " + fanIn
                    + ") need " + plugs + " plugs, more than the " + MAX_PLUGS + " a board may hold; lower "
                    + "associationUnits, excitatory or inhibitory");
        }
        long sockets = (long) cells * maxFanOut;
        if (plugs > sockets) {
            throw new InvalidValue("excitatory", "with inhibitory = " + inhibitory + " needs " + plugs
                    + " plugs but " + cells + " photocells x maxFanOut " + maxFanOut + " give only " + sockets
                    + "; lower excitatory + inhibitory or raise maxFanOut");
        }
        requireRange("responseUnits", responseUnits, 1, 64);
        requireRange("potSteps", potSteps, 1, 1_000_000);
        requireRange("potVolts", potVolts, 0.001, 1000.0);
        requireRange("initialSpread", initialSpread, 0, potSteps);
        requireRange("stepsPerReinforcement", stepsPerReinforcement, 1, potSteps);
        requireRange("responseThreshold", responseThreshold, -potSteps, potSteps);
        responseMode = responseMode == null ? ResponseMode.THRESHOLD : responseMode;
        requireRange("sourceSetSize", sourceSetSize, 0, associationUnits);
        requireRange("settleMillis", settleMillis, 0, 60_000);
        requireRange("aUnitMillis", aUnitMillis, 0, 60_000);
        requireRange("rUnitMillis", rUnitMillis, 0, 60_000);
        requireRange("reinforceMillis", reinforceMillis, 0, 60_000);
        requireRange("motorStepMillis", motorStepMillis, 0, 60_000);
        int answerAt = settleMillis + aUnitMillis + rUnitMillis + reinforceMillis;
        requireRange("presentationMillis", presentationMillis, answerAt + 1, 3_600_000);
    }

    /** The default Mark I, used by every scenario unless it replays a documented variant. */
    public static MachineConfig defaults() {
        return new MachineConfig(
                20, 20,          // retina [history]
                0.5, 0.0, 0.0, 0.0,
                512,             // A-units [history]
                5, 5, 1,         // x, y, theta
                40,              // fan-out limit [history]
                8,               // R-units [history]
                100, 11.0,       // end stops at +-100 steps = +-11 V
                10, 1,
                0, true,
                ResponseMode.THRESHOLD, 0, // lamps by threshold; all pots split evenly among the lamps
                50, 1, 1, 200, 100, 3000);
    }

    public int photocells() {
        return rows * columns;
    }

    /** Volts per motor step of a pot. */
    public double voltsPerStep() {
        return potVolts / potSteps;
    }

    /** Whether a pot turned by {@code steps} finishes before the next stimulus is shown. */
    public boolean motorsFinishBeforeNextStimulus(int steps) {
        long reinforceAt = settleMillis + aUnitMillis + rUnitMillis + reinforceMillis;
        return reinforceAt + (long) steps * motorStepMillis <= presentationMillis;
    }

    /** One parameter's documentation: where its default comes from and why. */
    public record Parameter(String name, String unit, Source source, String rationale) {
    }

    /** Where a number comes from (tags of {@code mark1-facts.md}). */
    public enum Source {
        /** Reported by the primary or secondary sources. */
        HISTORY,
        /** Reported, but by an uncited secondary source. */
        WEAK,
        /** Not found anywhere: our modelling choice. */
        GAP
    }

    /** Every parameter, in record order, with its rationale; {@code docs/model.md} prints this list. */
    public static final List<Parameter> PARAMETERS = List.of(
            new Parameter("rows", "cells", Source.HISTORY, "400 CdS photocells in a 20 x 20 array [BISHOP, WP]"),
            new Parameter("columns", "cells", Source.HISTORY, "see rows"),
            new Parameter("photocellThreshold", "fraction", Source.GAP,
                    "a cell fires when more than half of it is lit: the natural midpoint of a binarised image"),
            new Parameter("photocellNoise", "fraction", Source.GAP,
                    "off by default; turn on to study uneven lighting and drifting cells"),
            new Parameter("deadCells", "fraction", Source.GAP, "off by default; a fault study, not history"),
            new Parameter("stuckCells", "fraction", Source.GAP, "off by default; a fault study, not history"),
            new Parameter("associationUnits", "units", Source.HISTORY, "512 A-units [WP, BISHOP]"),
            new Parameter("excitatory", "connections", Source.GAP,
                    "x = 5, as in the 1958 reimplementation (x = y = 5, theta = 3)"),
            new Parameter("inhibitory", "connections", Source.GAP,
                    "y = 5, as in the 1958 reimplementation; balanced inhibition keeps large figures from "
                            + "lighting every A-unit"),
            new Parameter("aThreshold", "connections", Source.GAP,
                    "theta = 1, not the 1958 theta = 3: a flagship figure lights about 15% of the retina; with "
                            + "theta = 3 about 8 of 512 A-units fire on it and 318 never fire at all, with theta = 1 "
                            + "about 155 fire and none stays silent throughout (measured in docs/model.md)"),
            new Parameter("maxFanOut", "A-units", Source.HISTORY, "each S-unit connects to at most 40 A-units [WP, BISHOP]"),
            new Parameter("responseUnits", "lamps", Source.HISTORY, "8 response units shown as lamps [NAVY60, WP]"),
            new Parameter("potSteps", "steps", Source.GAP,
                    "201 positions per pot: fine enough that end stops rarely stop learning, coarse enough to hear"),
            new Parameter("potVolts", "volts", Source.WEAK, "weight range -11 V .. +11 V (uncited secondary)"),
            new Parameter("initialSpread", "steps", Source.GAP,
                    "pots start near centre but not exactly on it, as after a reset by hand; symmetric, never all positive"),
            new Parameter("stepsPerReinforcement", "steps", Source.GAP,
                    "one motor step per reinforcement pulse: the fixed quantum of Rosenblatt's alpha system"),
            new Parameter("responseThreshold", "steps", Source.GAP, "lamps light on a positive sum, as in the theory"),
            new Parameter("adaptiveThreshold", "", Source.GAP,
                    "each R-unit's threshold moves one step per correction, like the bias of the convergence "
                            + "proof; without it a stimulus that fires no A-unit can never be answered"),
            new Parameter("responseMode", "", Source.GAP,
                    "threshold: each lamp lights on its own sum, as in the theory's simple perceptron; exclusive is "
                            + "the 1957 design's 'multi-stable flip-flop' (largest sum minus threshold lights alone, a "
                            + "tie lights none); the Mark I circuit is not recorded"),
            new Parameter("sourceSetSize", "A-units", Source.GAP,
                    "0: the pots are split evenly among the lamps in use (64 each with 8); n: each lamp gets n "
                            + "pots drawn at random (stream source-sets), disjoint, the rest feed no lamp"),
            new Parameter("settleMillis", "ms", Source.GAP, "CdS photocells respond in tens of milliseconds"),
            new Parameter("aUnitMillis", "ms", Source.GAP, "threshold circuits are fast next to the photocells"),
            new Parameter("rUnitMillis", "ms", Source.GAP, "as aUnitMillis"),
            new Parameter("reinforceMillis", "ms", Source.GAP, "the error-correction circuit acts soon after the lamps"),
            new Parameter("motorStepMillis", "ms", Source.GAP,
                    "a stepping motor and gear train turning a pot about ten steps a second"),
            new Parameter("presentationMillis", "ms", Source.GAP,
                    "a trainer changing a card every three seconds; '3 seconds per image' is quoted for a simulation, "
                            + "we borrow it"));
}
