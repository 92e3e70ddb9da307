package org.mark1.exhibit.sound;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * The sound of a stretch of machine time at the machine's own pace (one second of machine time, one
 * second of sound), cue after cue, for a WAV file: what {@code mark1 render} heard while it drew.
 * Each cue gets the samples whose instants fall in its stretch on one clock from the first cue's
 * start, so the track lasts exactly the machine time of its cues, to the sample.
 */
public final class Soundtrack {

    /** 16-bit signed little-endian mono at {@link MachineVoice#RATE}: what a WAV file holds. */
    public static final AudioFormat FORMAT = new AudioFormat(MachineVoice.RATE, 16, 1, true, false);

    private final MachineVoice voice = new MachineVoice();
    private short[] samples = new short[MachineVoice.RATE];
    private int size;
    private Long start;

    /** Adds the sound of {@code cue}'s stretch; cues must follow each other without gaps. */
    public void add(Cue cue) {
        if (start == null) {
            start = cue.from();
        }
        long end = sampleAt(cue.to()) - sampleAt(start);
        if (end > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a soundtrack of more than " + Integer.MAX_VALUE + " samples");
        }
        int length = (int) end - size;
        if (length <= 0) {
            return;
        }
        if (size + length > samples.length) {
            samples = Arrays.copyOf(samples, Math.max(size + length, samples.length * 2));
        }
        voice.play(cue, samples, size, length);
        size += length;
    }

    /** The sample of machine time {@code micros} on the soundtrack's clock. */
    static long sampleAt(long micros) {
        return Math.floorDiv(micros, 1_000_000L) * MachineVoice.RATE + Math.floorMod(micros, 1_000_000L) * MachineVoice.RATE / 1_000_000L;
    }

    /** The samples so far (full scale ±32767). */
    public short[] samples() {
        return Arrays.copyOf(samples, size);
    }

    /** Seconds of sound so far. */
    public double seconds() {
        return size / (double) MachineVoice.RATE;
    }

    /** The samples as a WAV file, written by the JDK's javax.sound.sampled. */
    public byte[] wav() {
        byte[] pcm = new byte[size * 2];
        for (int i = 0; i < size; i++) {
            pcm[2 * i] = (byte) samples[i];
            pcm[2 * i + 1] = (byte) (samples[i] >> 8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(pcm.length + 64);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), FORMAT, size)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
