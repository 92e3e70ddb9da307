package org.mark1.exhibit.sound;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The sound of the machine, synthesized sample by sample from {@link Cue}s: the pot motors'
 * grinding, louder the more motors turn, and a relay's click when the response lamps answer.
 *
 * <p>The grinding is noise, band-passed (two one-pole filters, about 150 to 1500 Hz), beaten by the
 * gears 60 times a second and over a faint 120 Hz hum of the motors; its loudness follows
 * {@link #loudness} and glides there in about 3 ms, so motors starting or stopping do not crack;
 * a burst lasts at least {@link #SHORTEST} samples on the track.
 * The click is two damped tones (1.8 and 3.1 kHz) lasting 12 ms. Every part of it is our choice:
 * the one eyewitness says only that the pots could be heard "grinding away".
 *
 * <p>Deterministic: the noise comes from a Commons RNG stream with a fixed seed (drawn only while
 * something sounds), everything else is a function of the sample's number; the same cues in the
 * same lengths give the same samples.
 */
public final class MachineVoice {

    /** Samples per second (mono, 16 bits). */
    public static final int RATE = 22_050;
    /** The noise's seed: the year the Mark I was designed. */
    static final long SEED = 1957;

    /** RMS of the grinding (full scale 1) when very many motors turn. */
    static final double LOUDEST = 0.25;
    /** Motors at which the grinding is half as loud as {@link #LOUDEST} (square-root law, then saturating). */
    static final double HALF = 16;
    static final double CLICK = 0.7;
    /**
     * The shortest grinding heard, in samples (0.15 s, our choice): a burst of turning shorter than
     * this on the track, as when the exhibit runs faster than the machine, is held this long at its
     * loudness, so that it is heard as grinding rather than as a tick.
     */
    public static final int SHORTEST = RATE * 150 / 1000;
    static final int CLICK_SAMPLES = RATE * 12 / 1000;

    private static final double LOW = 1 - StrictMath.exp(-2 * Math.PI * 1500.0 / RATE);
    private static final double HIGH = 1 - StrictMath.exp(-2 * Math.PI * 150.0 / RATE);
    private static final double RAMP = 1 - StrictMath.exp(-1 / (0.003 * RATE));
    private static final double CLICK_DECAY = 0.002 * RATE;
    /** Brings the band-passed, beaten noise and the hum to an RMS of about 1. */
    private static final double NORM = 4.7;
    private static final double HUM = 0.3;

    private final UniformRandomProvider noise = RandomSource.SPLIT_MIX_64.create(SEED);
    private double low;
    private double slow;
    private double gain;
    private int turning;
    private int click = -1;
    private long sample;
    /** Samples since the present burst of grinding began, or -1 when none sounds. */
    private int burst = -1;
    /** The burst's loudness, kept while a short burst is held. */
    private double held;

    /**
     * The grinding's RMS with {@code motors} turning: 0 for none, rising as the square root of their
     * number (independent motors add their noise) and levelling off towards {@link #LOUDEST}.
     */
    public static double loudness(int motors) {
        if (motors <= 0) {
            return 0;
        }
        double r = Math.sqrt(motors);
        return LOUDEST * r / (r + Math.sqrt(HALF));
    }

    /** Motors turning at the end of the last cue played. */
    public int turning() {
        return turning;
    }

    /**
     * Plays {@code cue} into {@code out[offset .. offset + length)}: its stretch of machine time spread
     * evenly over those samples.
     */
    public void play(Cue cue, short[] out, int offset, int length) {
        turning = cue.turning();
        long[] changes = cue.changes();
        long[] answers = cue.answers();
        int c = 0;
        int a = 0;
        for (int i = 0; i < length; i++) {
            while (c < changes.length && at(cue, changes[c], length) <= i) {
                turning = cue.counts()[c++];
            }
            while (a < answers.length && at(cue, answers[a], length) <= i) {
                click = 0;
                a++;
            }
            double s = Math.max(-1, Math.min(1, next()));
            out[offset + i] = (short) Math.round(s * Short.MAX_VALUE);
        }
        if (c < changes.length) {
            turning = cue.counts()[changes.length - 1];
        }
        if (a < answers.length) {
            click = 0; // an answer at the very end clicks at the start of the next cue
        }
    }

    /** The sample at which machine time {@code t} falls when the cue is spread over {@code length} samples. */
    private static int at(Cue cue, long t, int length) {
        long span = cue.to() - cue.from();
        return span == 0 ? 0 : (int) StrictMath.ceil((t - cue.from()) * (double) length / span);
    }

    private double next() {
        double t = sample++ / (double) RATE;
        double target = loudness(turning);
        if (target > 0) {
            burst = burst < 0 ? 0 : burst + 1;
            held = target;
        } else if (burst >= 0 && burst < SHORTEST) {
            burst++;
            target = held; // a short burst, held until it has lasted SHORTEST samples
        } else {
            burst = -1;
        }
        if (target == 0 && gain == 0 && click < 0) {
            return 0; // silence: the noise and its filters wait where they are
        }
        low += LOW * (noise.nextDouble() * 2 - 1 - low);
        slow += HIGH * (low - slow);
        double gear = 0.4 + 0.6 * Math.abs(StrictMath.sin(Math.PI * 60 * t));
        double grind = NORM * (low - slow) * gear + HUM * StrictMath.sin(2 * Math.PI * 120 * t);
        gain = target == 0 && gain < 1e-4 ? 0 : gain + RAMP * (target - gain);
        double s = gain * grind;
        if (click >= 0) {
            double k = click / (double) RATE;
            s += CLICK * StrictMath.exp(-click / CLICK_DECAY)
                    * (StrictMath.sin(2 * Math.PI * 1800 * k) + 0.5 * StrictMath.sin(2 * Math.PI * 3100 * k)) / 1.5;
            click = click + 1 < CLICK_SAMPLES ? click + 1 : -1;
        }
        return s;
    }
}
