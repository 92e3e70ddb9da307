package org.mark1.scenario;

import org.mark1.io.Json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mark1.io.InputError;
import org.mark1.io.InvalidValue;

class SeedsTest {

    @Test
    void aCountCountsFromTheBaseSeedAndARangeNamesItsSeeds() {
        assertEquals(List.of(1960L, 1961L, 1962L), Seeds.parse("3").list(1960));
        assertEquals(List.of(1001L, 1002L, 1003L), Seeds.parse("1001-1003").list(1960));
        assertEquals(List.of(7L), Seeds.parse(" 7-7 ").list(0));
        assertEquals(Seeds.range(5, 24), Seeds.count(20).resolved(5));
        assertEquals(20, Seeds.parse("1001-1020").size());
    }

    @Test
    void impossibleSeedsAreRefusedSayingBothForms() {
        for (String bad : List.of("0", "abc", "5-3", "1-1001", "2000", "-3", "1.5")) {
            InvalidValue e = assertThrows(InvalidValue.class, () -> Seeds.parse(bad), bad);
            assertTrue(e.problem().contains("impossible") || e.problem().contains("a count") || e.problem().contains("at most"),
                    bad + ": " + e.problem());
        }
    }

    @Test
    void theScenarioKeyTakesBothFormsAndNamesItsLineWhenWrong() {
        Scenario count = ScenarioLoader.parse("s.yaml", ScenarioLoaderTest.MINIMAL + "seeds: 4\n");
        assertEquals(List.of(5L, 6L, 7L, 8L), count.seeds().list(count.seed()));
        Scenario range = ScenarioLoader.parse("s.yaml", ScenarioLoaderTest.MINIMAL + "seeds: 1001-1002\n");
        assertEquals(List.of(1001L, 1002L), range.seeds().list(range.seed()));
        String m = assertThrows(InputError.class,
                () -> ScenarioLoader.parse("s.yaml", ScenarioLoaderTest.MINIMAL + "seeds: [1, 2]\n")).getMessage();
        assertTrue(m.startsWith("s.yaml:16:1: seeds: '[1,2]' is not a number of seeds"), m);
        String zero = assertThrows(InputError.class,
                () -> ScenarioLoader.parse("s.yaml", ScenarioLoaderTest.MINIMAL + "seeds: 0\n")).getMessage();
        assertTrue(zero.startsWith("s.yaml:16:1: seeds: 0 is impossible; allowed: 1 to 1000"), zero);
    }

    @Test
    void theSeedsSurviveTheManifestBothWays() throws Exception {
        for (String form : List.of("seeds: 4\n", "seeds: 1001-1020\n")) {
            Scenario s = ScenarioLoader.parse("s.yaml", ScenarioLoaderTest.MINIMAL + form);
            String json = Json.write(s);
            assertEquals(s, org.mark1.io.YamlDocument.JSON.readValue(json, Scenario.class));
        }
    }

    /**
     * Property: over many seeded random bases (near 0, near the top of the long range, anywhere) and
     * counts, a count of seeds is either all seeds (0 to LAST_SEED, ascending, as many as asked, from
     * the base) or refused as an InvalidValue, exactly when it would start below 0 or run past the top.
     */
    @Test
    void aCountOfSeedsIsAllSeedsOrRefusedAtTheEdgesOfTheLongRange() {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(19);
        for (int i = 0; i < 3000; i++) {
            int count = 1 + rng.nextInt(Seeds.MAX);
            long base = switch (i % 4) {
                case 0 -> Seeds.LAST_SEED - rng.nextInt(2 * Seeds.MAX);
                case 1 -> rng.nextInt(2 * Seeds.MAX) - Seeds.MAX;
                case 2 -> Long.MIN_VALUE + rng.nextInt(Seeds.MAX);
                default -> rng.nextLong();
            };
            java.math.BigInteger last = java.math.BigInteger.valueOf(base).add(java.math.BigInteger.valueOf(count - 1));
            boolean fits = base >= 0 && last.compareTo(java.math.BigInteger.valueOf(Seeds.LAST_SEED)) <= 0;
            Seeds seeds = Seeds.count(count);
            if (fits) {
                List<Long> list = seeds.list(base);
                assertEquals(count, list.size(), base + " +" + count);
                assertEquals(base, list.get(0));
                for (int k = 1; k < list.size(); k++) {
                    assertTrue(list.get(k) == list.get(k - 1) + 1 && list.get(k) >= 0, base + " +" + count + " at " + k);
                }
                assertEquals(Seeds.range(base, base + count - 1), seeds.resolved(base));
            } else {
                long b = base;
                InvalidValue e = assertThrows(InvalidValue.class, () -> seeds.list(b), base + " +" + count);
                assertTrue(e.problem().contains(base < 0 ? "seeds run from 0 to" : "run past the largest seed"), e.problem());
            }
        }
    }

    @Test
    void aRangeAtTheTopOfTheLongRangeIsSeedsAndOneBeyondItIsRefused() {
        assertEquals(List.of(Long.MAX_VALUE - 1, Long.MAX_VALUE), Seeds.parse("9223372036854775806-9223372036854775807").list(0));
        InvalidValue e = assertThrows(InvalidValue.class, () -> Seeds.parse("9223372036854775807-9223372036854775808"));
        assertTrue(e.problem().contains("beyond the largest"), e.problem());
    }
}
