package org.mark1.experiment;

import org.mark1.scenario.ScenarioLoaderTest;
import org.mark1.io.Json;
import org.mark1.scenario.Scenario;
import org.mark1.scenario.ScenarioLoader;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mark1.io.InputError;

/** A lesion study: removing no unit changes nothing, the counts are right, and the trained machine is left whole. */
class LesionTest {

    private static Scenario scenario(long seed, String lesion) {
        return ScenarioLoader.parse("s.yaml", ScenarioLoaderTest.MINIMAL.replace("seed: 5", "seed: " + seed)
                .replace("maxPasses: 5", "maxPasses: 40") + lesion);
    }

    @Test
    void removingNothingGivesTheTrainedFiguresAndTheMachineIsLeftWhole() {
        for (long seed = 1; seed <= 3; seed++) {
            Experiment.Result plain = Experiment.run(scenario(seed, ""), Experiment.Options.defaults(), Progress.NONE);
            Experiment.Result lesioned = Experiment.run(scenario(seed, "lesion:\n  fractions: [0, 0.25, 0.5, 1]\n"),
                    Experiment.Options.defaults(), Progress.NONE);
            List<Summary.LesionPoint> points = lesioned.summary().lesion().points();
            assertEquals(List.of(0, 128, 256, 512), points.stream().map(Summary.LesionPoint::removed).toList());
            assertEquals(lesioned.summary().trainAccuracy(), points.get(0).trainAccuracy());
            assertEquals(lesioned.summary().freshAccuracy(), points.get(0).freshAccuracy());
            assertArrayEquals(plain.machine().pots().positions(), lesioned.machine().pots().positions(),
                    "the trained machine is saved whole");
            assertEquals(Json.write(plain.summary()).replace("\n}\n", ""),
                    Json.write(lesioned.summary()).substring(0, Json.write(plain.summary()).length() - 3),
                    "the lesion only adds to the summary");
            SeedRow row = SeedRow.of(lesioned.summary());
            assertEquals(Math.round(points.get(2).trainAccuracy() * 10000) / 100.0, row.halfRemovedAccuracy());
        }
    }

    @Test
    void fractionsMustRiseFromZeroToOne() {
        String falling = assertThrows(InputError.class, () -> scenario(1, "lesion:\n  fractions: [0.5, 0.2]\n")).getMessage();
        assertTrue(falling.startsWith("s.yaml:17:") && falling.contains("lesion.fractions[1]: 0.2 is impossible; allowed: 0.5 to 1.0"),
                falling);
        String empty = assertThrows(InputError.class, () -> scenario(1, "lesion:\n  fractions: []\n")).getMessage();
        assertTrue(empty.contains("lesion.fractions: give 1 to 101 fractions"), empty);
    }
}
