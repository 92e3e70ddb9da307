package org.mark1.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code mark1 bench} prints every figure beside its baseline as a ratio; speed itself is never asserted. */
class BenchCommandTest {

    @Test
    void everyFigureIsPrintedBesideItsBaselineWithTheRatioOfTheirRates() {
        CliTest.Outcome o = CliTest.mark1("bench", "--presentations", "300", "--rounds", "1", "--seeds", "2", "--threads", "2");
        assertEquals(0, o.code(), o.err());
        for (String figure : new String[] {"A-layer ", "ideal trial", "session trial", "cached training"}) {
            assertTrue(o.out().contains(figure), figure + " in\n" + o.out());
        }
        Pattern row = Pattern.compile("([\\d,]+)\\s{3}(nested loop|plain loop \\(Trainer\\))\\s+([\\d,]+)\\s+([\\d.]+)x");
        Matcher m = row.matcher(o.out());
        int rows = 0;
        while (m.find()) {
            double rate = Double.parseDouble(m.group(1).replace(",", ""));
            double base = Double.parseDouble(m.group(3).replace(",", ""));
            double ratio = Double.parseDouble(m.group(4));
            assertTrue(ratio > 0);
            assertTrue(Math.abs(Math.log(rate / base / ratio)) < Math.log(1.2) || rate < 1e3,
                    "ratio " + ratio + " against rates " + rate + " / " + base); // one round: median of one
            rows++;
        }
        assertTrue(rows >= 6, "rows with a baseline: " + rows + " in\n" + o.out());
        Matcher seeds = Pattern.compile("seeds in parallel\\s+(replay|compare), 2 threads\\s+([\\d.,]+)\\s+\\1, 1 thread\\s+"
                + "([\\d.,]+)\\s+([\\d.]+)x").matcher(o.out());
        int parallel = 0;
        while (seeds.find()) {
            double ratio = Double.parseDouble(seeds.group(4));
            double fromRates = Double.parseDouble(seeds.group(2).replace(",", "")) / Double.parseDouble(seeds.group(3).replace(",", ""));
            assertTrue(Math.abs(Math.log(fromRates / ratio)) < Math.log(1.2), ratio + " against " + fromRates);
            parallel++;
        }
        assertEquals(2, parallel, "replay and compare on 1 thread against 2 in\n" + o.out());
    }

    @Test
    void seedsInParallelCanBeLeftOut() {
        CliTest.Outcome o = CliTest.mark1("bench", "--presentations", "100", "--rounds", "1", "--seeds", "0");
        assertEquals(0, o.code(), o.err());
        assertTrue(!o.out().contains("seeds in parallel"), o.out());
    }

    @Test
    void noRoundsIsABadValueReportedInOneLine() {
        CliTest.Outcome o = CliTest.mark1("bench", "--rounds", "0");
        assertEquals(2, o.code());
        assertEquals(1, o.err().strip().lines().count(), o.err());
    }
}
