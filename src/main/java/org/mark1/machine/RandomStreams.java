package org.mark1.machine;

import java.util.EnumMap;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * One master seed split into named, independent streams, so that changing one factor of a run
 * (say, the presentation order) leaves every other (the wiring, the stimuli) exactly as it was.
 *
 * <h2>Seeding</h2>
 * A stream's seed is derived from the master seed and the stream's name alone (a SplitMix64 step
 * over {@code master ^ name.hashCode()}), never from the order in which streams are opened. Each
 * stream is a {@link RandomSource#XO_RO_SHI_RO_128_PP} generator. Two {@code RandomStreams} with
 * the same master seed give the same numbers on every stream, on every computer.
 */
public final class RandomStreams {

    /** The named streams of a run. */
    public enum Stream implements org.mark1.io.Keyword {
        /** The plugboard's table of random numbers. */
        WIRING,
        /** The pots' starting positions. */
        INITIAL_POTS,
        /** The order in which training stimuli are shown. */
        PRESENTATION_ORDER,
        /** Positions and sizes of the training stimuli. */
        STIMULUS_JITTER,
        /** Positions and sizes of the fresh stimuli used only to evaluate. */
        FRESH_STIMULI,
        /** Photocell noise at each presentation. */
        NOISE,
        /** Which photocells are dead or stuck. */
        FAULTS,
        /** The order in which a lesion removes A-units from a trained machine. */
        LESIONS,
        /** The stimuli of a second course of training, and their order. */
        RETRAINING,
        /** Which pots feed which R-unit, when source sets of a chosen size are drawn ({@code sourceSetSize}). */
        SOURCE_SETS
    }

    private final long master;

    public RandomStreams(long master) {
        this.master = master;
    }

    public long master() {
        return master;
    }

    /** The seed of one stream. */
    public long seed(Stream stream) {
        long salt = stream.name().hashCode();
        return RandomSource.SPLIT_MIX_64.create(master ^ (salt * 0x9E3779B97F4A7C15L)).nextLong();
    }

    /** A fresh generator for one stream; each call starts the stream from its beginning. */
    public UniformRandomProvider open(Stream stream) {
        return RandomSource.XO_RO_SHI_RO_128_PP.create(seed(stream));
    }

    /** Every stream's seed, for the run manifest. */
    public Map<Stream, Long> seeds() {
        Map<Stream, Long> seeds = new EnumMap<>(Stream.class);
        for (Stream s : Stream.values()) {
            seeds.put(s, seed(s));
        }
        return seeds;
    }
}
