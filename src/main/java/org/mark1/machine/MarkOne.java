package org.mark1.machine;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The assembled Mark I: retina, plugboard, A-units, potentiometers and the R-units an experiment
 * uses. It answers a stimulus ({@link #answer}) and carries out a reinforcement pulse at once
 * ({@link #apply}); timed operation, with motors that take time, is {@code training.Session}'s.
 *
 * <h2>Seeding</h2>
 * Built from {@link RandomStreams}: the FAULTS stream picks faulty photocells, WIRING the plugboard,
 * INITIAL_POTS the pots' starting positions, SOURCE_SETS the pots of each R-unit (only when
 * {@code sourceSetSize} asks for drawn source sets), and NOISE (read at each presentation) the photocell
 * noise. The same streams build the same machine.
 */
public final class MarkOne {

    private final MachineConfig config;
    private final Retina retina;
    private final Plugboard plugboard;
    private final AssociationUnits aUnits;
    private final PotentiometerBank pots;
    private final SourceSets sourceSets;
    private final ResponseUnits rUnits;
    private final UniformRandomProvider noise;
    private final long[] retinaBits;
    private final int[] active;
    private int lit;

    /** A machine wired and set from the streams. */
    public MarkOne(MachineConfig config, int rUnitsUsed, RandomStreams streams) {
        this(config, rUnitsUsed, streams,
                Plugboard.random(config, streams.open(RandomStreams.Stream.WIRING)),
                PotentiometerBank.random(config, streams.open(RandomStreams.Stream.INITIAL_POTS)));
    }

    /** A machine with a given plugboard and pot bank (loaded from sheets, say). */
    public MarkOne(MachineConfig config, int rUnitsUsed, RandomStreams streams, Plugboard plugboard,
            PotentiometerBank pots) {
        if (plugboard.associationUnits() != config.associationUnits() || plugboard.photocells() != config.photocells()) {
            throw new IllegalArgumentException("plugboard does not fit the machine");
        }
        if (pots.size() != config.associationUnits()) {
            throw new IllegalArgumentException("pot bank does not fit the machine");
        }
        this.config = config;
        this.retina = new Retina(config, streams.open(RandomStreams.Stream.FAULTS));
        this.plugboard = plugboard;
        this.aUnits = new AssociationUnits(plugboard, config.aThreshold());
        this.pots = pots;
        this.sourceSets = config.sourceSetSize() == 0 ? SourceSets.evenSplit(config.associationUnits(), rUnitsUsed)
                : SourceSets.random(config.associationUnits(), rUnitsUsed, config.sourceSetSize(),
                        streams.open(RandomStreams.Stream.SOURCE_SETS));
        this.rUnits = new ResponseUnits(rUnitsUsed, config);
        this.noise = streams.open(RandomStreams.Stream.NOISE);
        this.retinaBits = new long[Retina.words(config.photocells())];
        this.active = new int[config.associationUnits()];
    }

    public MachineConfig config() {
        return config;
    }

    public Retina retina() {
        return retina;
    }

    public Plugboard plugboard() {
        return plugboard;
    }

    public AssociationUnits associationUnits() {
        return aUnits;
    }

    public PotentiometerBank pots() {
        return pots;
    }

    public SourceSets sourceSets() {
        return sourceSets;
    }

    public ResponseUnits responseUnits() {
        return rUnits;
    }

    /** Lets the photocells settle under {@code light}; returns the number of firing cells. */
    public int settle(double[] light) {
        lit = retina.sense(light, noise, retinaBits);
        return lit;
    }

    /** The firing photocells after the last {@link #settle}, ascending. */
    public int[] litCells() {
        return Retina.indices(retinaBits);
    }

    /** Fires the A-units on the settled retina; returns how many fire. */
    public int fire() {
        return aUnits.fire(retinaBits, active);
    }

    /** The A-units fired last (the first {@code count} of them), ascending. */
    public int[] activeUnits(int count) {
        return java.util.Arrays.copyOf(active, count);
    }

    /** The R-units' answer, from the A-units fired last and the pots' present positions. */
    public Answer respond(int activeCount) {
        return rUnits.answer(activeUnits(activeCount), pots, sourceSets);
    }

    /** Settle, fire and respond in one go: the machine's answer to {@code light}. */
    public Answer answer(double[] light) {
        settle(light);
        return respond(fire());
    }

    /** Carries out a reinforcement pulse at once, as if the motors were infinitely fast. */
    public void apply(Reinforcement pulse) {
        for (int i = 0; i < pulse.pots().length; i++) {
            pots.turn(pulse.pots()[i], pulse.steps()[i]);
        }
        rUnits.adjust(pulse);
    }
}
