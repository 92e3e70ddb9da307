package org.mark1.exhibit.sound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.junit.jupiter.api.Test;

/**
 * Live playback, silently: without a sound device the speaker says so in one line and the frames go
 * on; with a line (a stand-in that keeps the bytes, nothing reaches a loudspeaker) the motors of a
 * cue are heard, and the cues waiting never exceed the queue however fast frames come.
 */
class SpeakerTest {

    static final Cue GRINDING = Cue.hold(50);

    @Test
    void noSoundDeviceIsOneLineAndNoException() {
        List<String> log = new ArrayList<>();
        Speaker s = Speaker.start(format -> {
            throw new LineUnavailableException("no audio device");
        }, log::add);
        assertFalse(s.playing());
        for (int i = 0; i < 100; i++) {
            s.hear(GRINDING);
        }
        s.close();
        assertEquals(1, log.size(), log.toString());
        assertTrue(log.get(0).startsWith("exhibit: no sound device to play on (no audio device)") && !log.get(0).contains("\n"), log.get(0));
    }

    @Test
    void aLineThatWillNotOpenIsOneLineToo() {
        List<String> log = new ArrayList<>();
        AtomicBoolean closed = new AtomicBoolean();
        Speaker s = Speaker.start(format -> line((m, a) -> {
            switch (m) {
                case "open" -> throw new IllegalArgumentException("format not supported");
                case "close" -> closed.set(true);
                default -> { }
            }
            return null;
        }), log::add);
        assertFalse(s.playing());
        assertTrue(closed.get(), "the half-opened line was not closed");
        assertEquals(1, log.size(), log.toString());
    }

    @Test
    void aCueOfTurningMotorsIsHeard() throws Exception {
        AtomicInteger loud = new AtomicInteger();
        CountDownLatch heard = new CountDownLatch(1);
        Speaker s = Speaker.start(format -> line((m, a) -> {
            switch (m) {
                case "write" -> {
                    byte[] b = (byte[]) a[0];
                    int off = (int) a[1];
                    int len = (int) a[2];
                    for (int i = off; i + 1 < off + len; i += 2) {
                        if (Math.abs((short) ((b[i] & 0xFF) | (b[i + 1] << 8))) > 1000) {
                            loud.incrementAndGet();
                            heard.countDown();
                        }
                    }
                    Thread.sleep(len / 2 * 1000L / MachineVoice.RATE); // a device plays in real time
                    return len;
                }
                case "getBufferSize" -> {
                    return Speaker.BUFFER_BYTES;
                }
                case "available" -> {
                    return Speaker.BUFFER_BYTES;
                }
                default -> {
                    return null;
                }
            }
        }), line -> { });
        assertTrue(s.playing());
        for (int i = 0; i < 30; i++) {
            s.hear(GRINDING);
        }
        assertTrue(heard.await(20, TimeUnit.SECONDS), "no grinding reached the line");
        s.close();
    }

    @Test
    void framesNeverWaitAndTheQueueStaysBounded() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Speaker s = Speaker.start(format -> line((m, a) -> {
            switch (m) {
                case "write" -> {
                    release.await(); // a device that has stopped taking sound
                    return a[2];
                }
                case "getBufferSize", "available" -> {
                    return Speaker.BUFFER_BYTES;
                }
                default -> {
                    return null;
                }
            }
        }), line -> { });
        for (int i = 0; i < 100_000; i++) {
            s.hear(GRINDING);
            assertTrue(s.waiting() <= Speaker.QUEUE, s.waiting() + " cues waiting");
        }
        release.countDown();
        s.close();
    }

    interface Handler {
        Object on(String method, Object[] args) throws Exception;
    }

    /** A stand-in for a sound output line: every call goes to {@code h}; nothing is played. */
    static SourceDataLine line(Handler h) {
        return (SourceDataLine) Proxy.newProxyInstance(SpeakerTest.class.getClassLoader(), new Class<?>[] {SourceDataLine.class},
                (proxy, method, args) -> {
                    Object r = h.on(method.getName(), args == null ? new Object[0] : args);
                    if (r == null && method.getReturnType() == boolean.class) {
                        return false;
                    }
                    if (r == null && method.getReturnType() == int.class) {
                        return 0;
                    }
                    if (r == null && method.getReturnType() == long.class) {
                        return 0L;
                    }
                    if (r == null && method.getReturnType() == float.class) {
                        return 0f;
                    }
                    return r;
                });
    }
}
