package org.mark1.experiment;

import org.mark1.io.Json;
import org.mark1.report.DistanceReport;
import org.mark1.report.Replay;
import org.mark1.report.RunWriter;
import org.mark1.scenario.DistanceSpec;
import org.mark1.scenario.LampCode;
import org.mark1.scenario.Scenario;
import org.mark1.scenario.ScenarioLoader;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mark1.io.InputError;
import org.mark1.training.Presentation;

/**
 * Accuracy against distance from the training place: cards are laid where they should be, the
 * machine knows them near where it learned and falls toward chance far from it, the files are the
 * same on any number of threads, and impossible settings are refused.
 */
class DistanceCardsTest {

    /** Bars centred in the left half, learned there; tested moved right. */
    static final String NEAR_FAR = """
            name: near-far
            seed: 1
            machine: {}
            stimuli:
              size: {min: 6, max: 8}
              position: centred
              jitter: 1
              region: left-half
            classes:
              - name: horizontal
                shapes: [horizontal-bar]
                lamps: [0]
              - name: vertical
                shapes: [vertical-bar]
                lamps: []
            training:
              rule: error-correction
              examplesPerClass: 30
              maxPasses: 60
            evaluation:
              freshPerClass: 10
              distance: {cardsPerClass: 40}
            """;

    private static Scenario scenario(String yaml) {
        return ScenarioLoader.parse("s.yaml", yaml);
    }

    @Test
    void nearTheTrainingPlaceTheMachineKnowsTheCardsAndFarFromItItGuesses() {
        double far = 0;
        for (long seed = 1; seed <= 4; seed++) {
            Summary s = Experiment.run(scenario(NEAR_FAR).withSeed(seed), Experiment.Options.defaults(), Progress.NONE).summary();
            assertEquals(1.0, s.trainAccuracy(), "seed " + seed + " learned its cards");
            List<Summary.DistancePoint> points = s.distance().points();
            assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10), points.stream().map(Summary.DistancePoint::distance).toList());
            points.forEach(p -> assertEquals(80, p.cards()));
            double near = points.get(0).accuracy();
            double farHalf = points.subList(6, 11).stream().mapToInt(Summary.DistancePoint::right).sum() / 400.0;
            assertTrue(near >= 0.85, "seed " + seed + ": at the training place " + near);
            assertTrue(farHalf <= near - 0.2, "seed " + seed + ": far " + farHalf + " against near " + near);
            far += farHalf / 4;
        }
        assertTrue(Math.abs(far - 0.5) <= 0.15, "far from the training place the machine guesses: " + far);
    }

    /** Law: a card at distance d lights only photocells of its class's region moved d photocells that way. */
    @Test
    void everyCardLiesInItsRegionMovedByItsDistance() {
        UniformRandomProvider pick = RandomSource.XO_RO_SHI_RO_128_PP.create(7L);
        String[][] cases = {{"left-half", "right"}, {"right-half", "left"}, {"top-half", "down"}, {"bottom-half", "up"},
            {"{x: 3, y: 4, width: 9, height: 12}", "right"}, {"{x: 3, y: 4, width: 9, height: 12}", "down"}};
        for (int k = 0; k < 30; k++) {
            String[] c = cases[pick.nextInt(cases.length)];
            Scenario s = scenario(NEAR_FAR.replace("region: left-half", "region: " + c[0])
                    .replace("position: centred\n  jitter: 1", k % 2 == 0 ? "position: random" : "position: centred\n  jitter: 2")
                    .replace("{cardsPerClass: 40}", "{cardsPerClass: 5, direction: " + c[1] + "}"));
            DistanceSpec spec = s.evaluation().distance();
            List<Integer> distances = spec.distances(s);
            int d = distances.get(pick.nextInt(distances.size()));
            java.awt.geom.Rectangle2D home = s.stimuli().layout(s.classes().get(0)).region().on(20, 20);
            int dx = spec.direction() == DistanceSpec.Direction.RIGHT ? d : spec.direction() == DistanceSpec.Direction.LEFT ? -d : 0;
            int dy = spec.direction() == DistanceSpec.Direction.DOWN ? d : spec.direction() == DistanceSpec.Direction.UP ? -d : 0;
            List<Scenario.ClassSpec> moved = s.classes().stream().map(cl -> spec.moved(s, cl, d)).toList();
            StimulusSet training = StimulusSet.draw(s, LampCode.of(s), 3, RandomSource.XO_RO_SHI_RO_128_PP.create((long) k));
            StimulusSet cards = StimulusSet.drawFresh(s, moved, LampCode.of(s), 5, RandomSource.XO_RO_SHI_RO_128_PP.create(k + 99L),
                    training);
            for (Presentation p : cards.presentations()) {
                boolean any = false;
                for (int i = 0; i < p.light().length; i++) {
                    if (p.light()[i] > 0) {
                        any = true;
                        int x = i % 20;
                        int y = i / 20;
                        assertTrue(x >= Math.floor(home.getMinX() + dx) && x < Math.ceil(home.getMaxX() + dx)
                                && y >= Math.floor(home.getMinY() + dy) && y < Math.ceil(home.getMaxY() + dy),
                                c[0] + " moved " + d + " " + c[1] + ": cell (" + x + ", " + y + ") of " + p.description());
                    }
                }
                assertTrue(any, p.description());
            }
        }
    }

    @Test
    void oneThreadOrTwoWriteTheSameDistanceFiles(@TempDir Path dir) throws Exception {
        Scenario s = scenario(NEAR_FAR.replace("{cardsPerClass: 40}", "{cardsPerClass: 10, step: 2}"));
        List<Long> seeds = List.of(1L, 2L, 3L);
        Replay.run(s, seeds, 1, dir.resolve("one"), dir.resolve("docs"), Progress.NONE);
        Replay.run(s, seeds, 2, dir.resolve("two"), dir.resolve("docs"), Progress.NONE);
        List<String> files = List.of(DistanceReport.CSV, DistanceReport.PNG, "seed1/" + DistanceReport.CSV,
                "seed2/" + DistanceReport.CSV, "seed3/" + DistanceReport.CSV, "seed3/" + DistanceReport.PNG);
        for (String f : files) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("one/near-far").resolve(f)),
                    Files.readAllBytes(dir.resolve("two/near-far").resolve(f)), f);
        }
        String csv = Files.readString(dir.resolve("one/near-far").resolve(DistanceReport.CSV));
        assertEquals("distance,seeds,mean_accuracy_percent,ci95_low,ci95_high,min,max", csv.lines().findFirst().orElseThrow());
        assertEquals(List.of("0", "2", "4", "6", "8", "10"), csv.lines().skip(1).map(l -> l.split(",")[0]).toList());
        String report = Files.readString(dir.resolve("one/near-far/report.md"));
        assertTrue(report.contains("## Accuracy against distance from the training place")
                && report.indexOf("](distance.png)") < report.indexOf("## Pictures"), report);
        assertFalse(Files.exists(dir.resolve("docs")), "a scenario that is not shipped writes nothing into the docs");
    }

    @Test
    void eachSeedsFileCountsItsCardsAndTheSweepsMeanIsTheMeanOfTheSeeds(@TempDir Path dir) throws Exception {
        Scenario s = scenario(NEAR_FAR.replace("{cardsPerClass: 40}", "{cardsPerClass: 10, step: 5}"));
        Replay.run(s, List.of(4L, 5L), 2, dir, dir.resolve("docs"), Progress.NONE);
        double[] sum = new double[3];
        for (long seed : List.of(4L, 5L)) {
            List<String> rows = Files.readAllLines(dir.resolve("near-far/seed" + seed + "/" + DistanceReport.CSV));
            assertEquals("distance,cards,right,accuracy,same_as_training", rows.get(0));
            assertEquals(4, rows.size());
            for (int i = 1; i < rows.size(); i++) {
                String[] f = rows.get(i).split(",");
                assertEquals(String.valueOf(5 * (i - 1)), f[0]);
                assertEquals("20", f[1]);
                assertEquals(Integer.parseInt(f[2]) / 20.0, Double.parseDouble(f[3]), 1e-9);
                sum[i - 1] += 100 * Double.parseDouble(f[3]) / 2;
            }
        }
        List<String> sweep = Files.readAllLines(dir.resolve("near-far/" + DistanceReport.CSV));
        for (int i = 1; i < sweep.size(); i++) {
            assertEquals(sum[i - 1], Double.parseDouble(sweep.get(i).split(",")[2]), 1e-3);
            assertEquals("2", sweep.get(i).split(",")[1]);
        }
    }

    @Test
    void aScenarioWithoutItWritesNoneOfItsFiles() {
        Scenario s = scenario(NEAR_FAR.replace("  distance: {cardsPerClass: 40}\n", ""));
        Experiment.Result r = Experiment.run(s, Experiment.Options.defaults(), Progress.NONE);
        assertNull(r.summary().distance());
        assertFalse(Json.write(r.summary()).contains("distance"));
        java.util.Map<String, Object> files = new java.util.HashMap<>();
        RunWriter.write((name, content) -> files.put(name, content), RunWriter.manifest(s, null, null, false), r);
        assertFalse(files.containsKey(DistanceReport.CSV) || files.containsKey(DistanceReport.PNG), files.keySet().toString());
        assertFalse(Json.write(RunWriter.manifest(s, null, null, false)).contains("distance"));
    }

    @Test
    void impossibleSettingsAreRefusedNamingTheKey() {
        String noRoom = assertThrows(InputError.class, () -> scenario(NEAR_FAR.replace("{cardsPerClass: 40}",
                "{cardsPerClass: 40, direction: left}"))).getMessage();
        assertTrue(noRoom.contains("evaluation.distance.direction") && noRoom.contains("no room to move left"), noRoom);
        String step = assertThrows(InputError.class, () -> scenario(NEAR_FAR.replace("{cardsPerClass: 40}",
                "{cardsPerClass: 40, step: 11}"))).getMessage();
        assertTrue(step.contains("less than one step of 11 photocells"), step);
        String cards = assertThrows(InputError.class, () -> scenario(NEAR_FAR.replace("{cardsPerClass: 40}",
                "{cardsPerClass: 0}"))).getMessage();
        assertTrue(cards.contains("evaluation.distance.cardsPerClass: 0 is impossible"), cards);
        String pattern = assertThrows(InputError.class, () -> scenario(NEAR_FAR.replace("shapes: [vertical-bar]",
                "pattern: {dots: {count: {min: 1, max: 20}}, parity: odd}"))).getMessage();
        assertTrue(pattern.contains("lights cells in code"), pattern);
    }
}
