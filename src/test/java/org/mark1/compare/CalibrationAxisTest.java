package org.mark1.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mark1.io.InputError;

/** {@code --vary KEY=RANGE} over many seeded random ranges: every value a step apart, from the first to the last that fits. */
class CalibrationAxisTest {

    @Test
    void rangesStepFromTheFirstValueToTheLastThatFits() {
        SplittableRandom random = new SplittableRandom(16);
        for (int c = 0; c < 500; c++) {
            int places = random.nextInt(3);
            BigDecimal first = BigDecimal.valueOf(random.nextInt(-500, 500), places);
            BigDecimal step = BigDecimal.valueOf(random.nextInt(1, 50), places);
            BigDecimal last = first.add(step).add(BigDecimal.valueOf(random.nextInt(0, 2000), places));
            String range = first.toPlainString() + ".." + last.toPlainString() + ":" + step.toPlainString();
            CalibrationAxis a = CalibrationAxis.parse("training.maxPasses=" + range);
            List<BigDecimal> v = a.values().stream().map(BigDecimal::new).toList();
            assertEquals(0, v.get(0).compareTo(first), range);
            for (int i = 1; i < v.size(); i++) {
                assertEquals(0, v.get(i).subtract(v.get(i - 1)).compareTo(step), range + " at " + i);
            }
            assertTrue(v.get(v.size() - 1).compareTo(last) <= 0, range);
            assertTrue(v.get(v.size() - 1).add(step).compareTo(last) > 0, range);
            assertEquals(a, CalibrationAxis.parse(a.text()), "the list it writes reads back as itself: " + range);
        }
    }

    @Test
    void reversedEmptyAndOversizedRangesAreRefused() {
        SplittableRandom random = new SplittableRandom(17);
        for (int c = 0; c < 200; c++) {
            int a = random.nextInt(-1000, 1000);
            int b = a + random.nextInt(1, 1000);
            InputError reversed = assertThrows(InputError.class, () -> CalibrationAxis.parse("k=" + b + ".." + a));
            assertTrue(reversed.getMessage().contains("reversed"), reversed.getMessage());
            assertThrows(InputError.class, () -> CalibrationAxis.parse("k=" + a + ".." + a));
            int width = CalibrationAxis.MAX_POINTS + random.nextInt(1, 100000);
            InputError big = assertThrows(InputError.class, () -> CalibrationAxis.parse("k=" + a + ".." + (a + width)));
            assertTrue(big.getMessage().contains("more than " + CalibrationAxis.MAX_POINTS), big.getMessage());
        }
    }
}
