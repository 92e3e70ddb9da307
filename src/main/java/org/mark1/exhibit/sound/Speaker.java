package org.mark1.exhibit.sound;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * Plays the machine's sound live through javax.sound.sampled, on a thread of its own: the frame
 * hands over each frame's {@link Cue} with {@link #hear} and never waits. Each cue becomes one
 * frame's worth of sound (1/60 s), whatever stretch of machine time it covers; when no cue has come
 * in time the motors go on as they were. Memory stays fixed: a queue of at most {@link #QUEUE} cues
 * (the oldest is dropped when it is full) and buffers made once.
 *
 * <p>Without a sound device (a server, a VM, CI) {@link #start} says so in one line to the log and
 * returns a speaker that plays nothing; it never throws.
 */
public final class Speaker implements AutoCloseable {

    /** Opens an output line for the format; the system's by default, a silent one in tests. */
    @FunctionalInterface
    public interface Lines {
        SourceDataLine open(AudioFormat format) throws LineUnavailableException;
    }

    /** The computer's default sound output. */
    public static final Lines SYSTEM = AudioSystem::getSourceDataLine;

    /** Cues waiting at most (a few frames: the sound lags the picture by no more). */
    static final int QUEUE = 6;
    /** Samples per frame of the exhibit (60 frames a second). */
    static final int FRAME = MachineVoice.RATE / 60;
    /** The line's buffer: four frames. */
    static final int BUFFER_BYTES = 4 * FRAME * 2;

    private final BlockingQueue<Cue> queue = new ArrayBlockingQueue<>(QUEUE);
    private final SourceDataLine line;
    private final Consumer<String> log;
    private final Thread thread;
    private volatile boolean running;

    private Speaker(SourceDataLine line, Consumer<String> log) {
        this.line = line;
        this.log = log;
        this.running = line != null;
        this.thread = line == null ? null : new Thread(this::run, "mark1-sound");
    }

    /**
     * Opens a line and starts playing, or, when there is no line to play on, returns a silent speaker
     * after one line to {@code log}.
     */
    public static Speaker start(Lines lines, Consumer<String> log) {
        SourceDataLine line = null;
        try {
            line = lines.open(Soundtrack.FORMAT);
            line.open(Soundtrack.FORMAT, BUFFER_BYTES);
            line.start();
        } catch (LineUnavailableException | RuntimeException | LinkageError e) {
            if (line != null) {
                line.close();
            }
            log.accept("exhibit: no sound device to play on (" + oneLine(e) + "); the exhibit runs silently");
            return new Speaker(null, log);
        }
        Speaker s = new Speaker(line, log);
        s.thread.setDaemon(true);
        s.thread.start();
        return s;
    }

    /** A speaker that plays nothing (sound turned off). */
    public static Speaker off() {
        return new Speaker(null, line -> { });
    }

    /** Whether sound comes out. */
    public boolean playing() {
        return running;
    }

    /** Hands over one frame's cue; never waits (a full queue drops its oldest cue). */
    public void hear(Cue cue) {
        if (!running) {
            return;
        }
        while (!queue.offer(cue)) {
            queue.poll();
        }
    }

    /** Cues waiting to be played. */
    int waiting() {
        return queue.size();
    }

    private void run() {
        MachineVoice voice = new MachineVoice();
        short[] samples = new short[FRAME];
        byte[] bytes = new byte[FRAME * 2];
        try {
            while (running) {
                Cue cue = queue.poll();
                if (cue == null && queued() > 2 * FRAME) {
                    cue = queue.poll(1000 / 60, TimeUnit.MILLISECONDS);
                }
                int length = queue.size() > QUEUE / 2 ? FRAME / 2 : FRAME; // behind the picture: catch up
                voice.play(cue == null ? Cue.hold(voice.turning()) : cue, samples, 0, length);
                for (int i = 0; i < length; i++) {
                    bytes[2 * i] = (byte) samples[i];
                    bytes[2 * i + 1] = (byte) (samples[i] >> 8);
                }
                line.write(bytes, 0, 2 * length); // waits for room: the sound device sets the pace
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.accept("exhibit: the sound stopped (" + oneLine(e) + "); the exhibit goes on silently");
        } finally {
            running = false;
            queue.clear();
            line.close();
        }
    }

    /** Samples in the line still to be heard. */
    private int queued() {
        return (line.getBufferSize() - line.available()) / 2;
    }

    /** Stops the sound and closes the line. */
    @Override
    public void close() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 100 ? m.substring(0, 97) + "..." : m;
    }
}
