package org.mark1.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mark1 render --wav}: the sound alone, as NAME.wav, as long as the frames' machine time;
 * the same command twice gives the same bytes; a soundtrack too long is refused in one line with
 * nothing written. {@code mark1 exhibit --mute} is an option the exhibit knows.
 */
class RenderWavTest {

    @Test
    void theSoundAloneIsAWavOfTheFramesMachineTime(@TempDir Path dir) throws Exception {
        for (String run : List.of("a", "b")) {
            var o = ExhibitCommandTest.mark1("render", "--frames", "20", "--every", "150", "--skip", "3000", "--no-png",
                    "--no-gif", "--wav", "--prefix", "snd", "--out", dir.resolve(run).toString());
            assertEquals(0, o.code(), o.err());
            assertTrue(o.out().contains("snd.wav"), o.out());
        }
        try (Stream<Path> files = Files.list(dir.resolve("a"))) {
            assertEquals(List.of(dir.resolve("a/snd.wav")), files.toList(), "only the WAV is written");
        }
        byte[] a = Files.readAllBytes(dir.resolve("a/snd.wav"));
        assertArrayEquals(a, Files.readAllBytes(dir.resolve("b/snd.wav")));
        javax.sound.sampled.AudioInputStream in = javax.sound.sampled.AudioSystem.getAudioInputStream(dir.resolve("a/snd.wav").toFile());
        assertEquals(3.0, in.getFrameLength() / (double) in.getFormat().getFrameRate(), 1e-3, "20 frames of 150 ms");
        in.close();
    }

    @Test
    void aSoundtrackTooLongIsOneLineAndNothingWritten(@TempDir Path dir) {
        Path out = dir.resolve("frames");
        ExhibitCommandTest.assertUsageError(ExhibitCommandTest.mark1("render", "--frames", "1000", "--every", "1000", "--wav",
                "--out", out.toString()), "--wav");
        ExhibitCommandTest.assertUsageError(ExhibitCommandTest.mark1("render", "--no-png", "--no-gif", "--out", out.toString()),
                "--no-png");
        assertFalse(Files.exists(out));
    }

    @Test
    void theExhibitKnowsMute() {
        ExhibitCommandTest.assertUsageError(ExhibitCommandTest.mark1("exhibit", "--mute", "--soak", "0"), "--soak");
        ExhibitCommandTest.assertUsageError(ExhibitCommandTest.mark1("exhibit", "--silent", "--soak", "0"), "--silent");
    }
}
