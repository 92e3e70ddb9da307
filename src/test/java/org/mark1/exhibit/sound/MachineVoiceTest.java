package org.mark1.exhibit.sound;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.mark1.event.Event;

/**
 * The voice alone, on cues made by hand: more motors are louder (over many seeded pairs), none is
 * silence, the same cues give the same samples, and a cue's events land where their time says.
 */
class MachineVoiceTest {

    static final int HALF_SECOND = MachineVoice.RATE / 2;

    /** RMS (full scale 1) of half a second of {@code motors} turning steadily, after the first 20 ms. */
    static double steady(int motors) {
        short[] out = new short[HALF_SECOND];
        new MachineVoice().play(Cue.hold(motors), out, 0, out.length);
        double sum = 0;
        int from = MachineVoice.RATE / 50;
        for (int i = from; i < out.length; i++) {
            sum += (out[i] / 32767.0) * (out[i] / 32767.0);
        }
        return Math.sqrt(sum / (out.length - from));
    }

    @Test
    void moreMotorsGrindLouder() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(31L);
        for (int k = 0; k < 40; k++) {
            int fewer = 1 + rng.nextInt(400);
            int more = fewer + Math.max(1, fewer / 4) + rng.nextInt(100);
            double a = steady(fewer);
            double b = steady(more);
            assertTrue(b > a, more + " motors give " + b + " RMS, " + fewer + " give " + a);
            assertEquals(MachineVoice.loudness(fewer), a, 0.2 * MachineVoice.loudness(fewer),
                    "the grinding of " + fewer + " motors is not as loud as its law says");
        }
    }

    @Test
    void noMotorIsSilence() {
        short[] out = new short[HALF_SECOND];
        new MachineVoice().play(Cue.hold(0), out, 0, out.length);
        assertArrayEquals(new short[HALF_SECOND], out);
        assertEquals(0.0, MachineVoice.loudness(0));
    }

    @Test
    void theSameCuesGiveTheSameSamples() {
        Cue cue = Cue.of(0, 1_000_000, 3, List.of(new Event.MotorStarted(100_000, 7, 0, 1),
                new Event.RUnitsAnswered(500_000, 0, new int[1], new int[1], new boolean[1], new boolean[1], true),
                new Event.MotorStopped(800_000, 7, 1)));
        short[] a = new short[MachineVoice.RATE];
        short[] b = new short[MachineVoice.RATE];
        new MachineVoice().play(cue, a, 0, a.length);
        new MachineVoice().play(cue, b, 0, b.length);
        assertArrayEquals(a, b);
    }

    @Test
    void eventsLandWhereTheirTimeSays() {
        // one second of machine time in one second of samples: motors from 0.2 s to 0.6 s, an answer at 0.8 s
        Cue cue = Cue.of(0, 1_000_000, 0, List.of(new Event.MotorStarted(200_000, 1, 0, 1),
                new Event.MotorStarted(200_000, 2, 0, 1), new Event.MotorStopped(600_000, 1, 1),
                new Event.MotorStopped(600_000, 2, 1),
                new Event.RUnitsAnswered(800_000, 0, new int[1], new int[1], new boolean[1], new boolean[1], true)));
        assertArrayEquals(new long[] {200_000, 600_000}, cue.changes());
        assertArrayEquals(new int[] {2, 0}, cue.counts());
        short[] out = new short[MachineVoice.RATE];
        MachineVoice voice = new MachineVoice();
        voice.play(cue, out, 0, out.length);
        int rate = MachineVoice.RATE;
        assertEquals(0, peak(out, 0, rate / 5), "sound before the motors start");
        assertTrue(peak(out, rate / 5 + rate / 50, 3 * rate / 5) > 1000, "no grinding while two motors turn");
        assertEquals(0, peak(out, 3 * rate / 5 + rate / 20, 4 * rate / 5), "grinding after the motors stopped");
        assertTrue(peak(out, 4 * rate / 5, 4 * rate / 5 + rate / 200) > 10_000, "no click at the answer");
        assertEquals(0, peak(out, 4 * rate / 5 + rate / 50, rate), "the click does not end");
        assertEquals(0, voice.turning());
    }

    @Test
    void aBurstTooShortToHearIsHeldUntilItCanBeHeard() {
        // the exhibit twenty times faster than the machine: 2 s of machine time in 0.1 s of samples,
        // motors turning from 0.2 s to 0.3 s of machine time, 5 ms on the track
        Cue cue = Cue.of(0, 2_000_000, 0, List.of(new Event.MotorStarted(200_000, 1, 0, 1),
                new Event.MotorStopped(300_000, 1, 1)));
        int rate = MachineVoice.RATE;
        short[] out = new short[rate / 2];
        MachineVoice voice = new MachineVoice();
        voice.play(cue, out, 0, rate / 10);
        voice.play(Cue.hold(0), out, rate / 10, out.length - rate / 10);
        int start = rate / 100; // 0.2 s of machine time, at 20 times
        assertEquals(0, peak(out, 0, start), "sound before the motors start");
        assertTrue(peak(out, start + MachineVoice.SHORTEST - rate / 50, start + MachineVoice.SHORTEST) > 1000,
                "the burst is not held: silence " + (MachineVoice.SHORTEST - rate / 50) + " samples after it began");
        assertEquals(0, peak(out, start + MachineVoice.SHORTEST + rate / 20, out.length), "the held burst does not end");
        // a burst longer than the shortest is not lengthened
        short[] slow = new short[rate];
        new MachineVoice().play(Cue.of(0, 1_000_000, 0, List.of(new Event.MotorStarted(100_000, 1, 0, 1),
                new Event.MotorStopped(400_000, 1, 1))), slow, 0, slow.length);
        assertEquals(0, peak(slow, 2 * rate / 5 + rate / 20, rate), "grinding after a long burst stopped");
    }

    static int peak(short[] s, int from, int to) {
        int p = 0;
        for (int i = from; i < to; i++) {
            p = Math.max(p, Math.abs(s[i]));
        }
        return p;
    }
}
