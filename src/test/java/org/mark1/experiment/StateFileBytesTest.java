package org.mark1.experiment;

import org.mark1.report.RunWriter;
import org.mark1.scenario.Scenario;
import org.mark1.scenario.ScenarioLoader;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A machine of pots is saved byte for byte as before ideal-weight states existed: the files in
 * {@code src/test/resources/state/} were written by {@code mark1 run golden.yaml --set training.rule=RULE}
 * on the main branch (commit 99806fe); the same run written now gives the same bytes, for a rule of
 * whole steps (no remainders) and one that keeps remainders.
 */
class StateFileBytesTest {

    @Test
    void aHardwareRunWritesTheSameStateFileAsBefore(@TempDir Path dir) throws Exception {
        Path golden = Path.of("src/test/resources/state");
        for (String rule : new String[] {"error-correction", "lms"}) {
            Scenario s = ScenarioLoader.withSettings(ScenarioLoader.load(golden.resolve("golden.yaml")),
                    rule.equals("lms") ? java.util.List.of("training.rule=lms", "training.rate=0.5") // the rate then fixed in code
                            : java.util.List.of("training.rule=" + rule));
            Experiment.Result r = Experiment.run(s, Experiment.Options.defaults(), Progress.NONE);
            Path out = dir.resolve(rule);
            RunWriter.write(out, RunWriter.manifest(s, null, null, false), r);
            assertArrayEquals(Files.readAllBytes(golden.resolve("hardware-seed7-" + rule + ".json")),
                    Files.readAllBytes(out.resolve(RunWriter.STATE)), rule);
        }
    }
}
