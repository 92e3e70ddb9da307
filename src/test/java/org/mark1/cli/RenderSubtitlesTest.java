package org.mark1.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mark1 render --speed X}: the frames as a visitor sees them at that speed, with the captions
 * as NAME.srt timed to the GIF. At --speed 20, 100 frames of 100 ms: every cue but the last lasts
 * at least 2.5 s, the cues follow each other without a gap and end with the GIF.
 */
class RenderSubtitlesTest {

    static final Pattern CUE = Pattern.compile("(\\d+)\\n(\\d\\d):(\\d\\d):(\\d\\d),(\\d{3}) --> (\\d\\d):(\\d\\d):(\\d\\d),(\\d{3})\\n(.+)\\n");

    @Test
    void captionsAtSpeed20StayUpTwoAndAHalfSeconds(@TempDir Path dir) throws Exception {
        var o = ExhibitCommandTest.mark1("render", "--speed", "20", "--frames", "100", "--every", "100", "--no-png", "--out",
                dir.toString());
        assertEquals(0, o.code(), o.err());
        String srt = Files.readString(dir.resolve("exhibit.srt"));
        Matcher m = CUE.matcher(srt);
        List<long[]> cues = new ArrayList<>();
        while (m.find()) {
            assertEquals(cues.size() + 1, Integer.parseInt(m.group(1)), srt);
            cues.add(new long[] {ms(m, 2), ms(m, 6)});
            assertFalse(m.group(10).isBlank(), srt);
        }
        assertTrue(cues.size() >= 2 && cues.size() <= 5, cues.size() + " cues in 10 s:\n" + srt);
        assertEquals(0, cues.get(0)[0]);
        assertEquals(10_000, cues.get(cues.size() - 1)[1], "the cues end with the GIF's 100 frames of 100 ms");
        for (int i = 0; i < cues.size(); i++) {
            if (i > 0) {
                assertEquals(cues.get(i - 1)[1], cues.get(i)[0], "cue " + (i + 1) + " does not follow the one before");
            }
            if (i < cues.size() - 1) {
                assertTrue(cues.get(i)[1] - cues.get(i)[0] >= 2500, "cue " + (i + 1) + " lasts less than 2.5 s:\n" + srt);
            }
        }
    }

    @Test
    void aSpeedOutOfRangeIsOneLineAndNothingWritten(@TempDir Path dir) {
        Path out = dir.resolve("frames");
        ExhibitCommandTest.assertUsageError(ExhibitCommandTest.mark1("render", "--speed", "0", "--out", out.toString()), "--speed");
        ExhibitCommandTest.assertUsageError(ExhibitCommandTest.mark1("render", "--speed", "20", "--wav", "--out", out.toString()),
                "--speed");
        assertFalse(Files.exists(out));
    }

    static long ms(Matcher m, int g) {
        return ((Long.parseLong(m.group(g)) * 60 + Long.parseLong(m.group(g + 1))) * 60 + Long.parseLong(m.group(g + 2))) * 1000
                + Long.parseLong(m.group(g + 3));
    }
}
