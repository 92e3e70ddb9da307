package org.mark1.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mark1.experiment.Experiment;
import org.mark1.machine.MarkOne;
import org.mark1.machine.RandomStreams;
import org.mark1.machine.SourceSets;
import org.mark1.scenario.Scenario;
import org.mark1.scenario.ScenarioLoader;

/**
 * The gamma system conserves each source set's total weight on the machine. On the trace of a real
 * run of the flagship ({@code run --set training.rule=gamma --trace}):
 * <ol>
 *   <li>every pulse's whole steps sum to zero within each source set;</li>
 *   <li>the steps the motors then turn sum to zero too, except in a set where the pulse pushes a pot
 *       against an end stop, which takes steps away (those pulses are counted);</li>
 *   <li>the run makes pulses that turn pots, so the sums are not empty;</li>
 *   <li>the steps the end stops took away, summed over the trace, are the run's
 *       {@code stepsRefusedAtEndStops} in summary.json and a line of report.md (on a machine with
 *       short pots, where the stops are met).</li>
 * </ol>
 */
class GammaTraceTest {

    @Test
    void everyPulseSumsToZeroWithinEachSourceSet(@TempDir Path dir) throws Exception {
        long[] seen = check(dir, List.of("training.rule=gamma", "training.maxPasses=4"));
        assertTrue(seen[0] > 20, "only " + seen[0] + " pulses turned pots");
    }

    @Test
    void theStepsTheEndStopsTakeAreCountedInTheTraceTheSummaryAndTheReport(@TempDir Path dir) throws Exception {
        long[] seen = check(dir, List.of("training.rule=gamma", "training.maxPasses=4", "potSteps=12"));
        assertTrue(seen[1] > 0, "no pulse met an end stop on pots of 12 steps");
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("g").resolve("summary.json").toFile());
        assertEquals(seen[2], summary.path("stepsRefusedAtEndStops").asLong(), "steps the end stops took, trace against summary");
        assertTrue(Files.readString(dir.resolve("g").resolve("report.md"))
                .contains("| steps the rule asked beyond the pots' end stops (not turned) | " + seen[2] + " |"));
    }

    /** Runs the flagship with {@code settings} and checks its trace; returns pulses that moved pots, pulses an end stop changed, steps it took. */
    private static long[] check(Path dir, List<String> settings) throws Exception {
        java.util.ArrayList<String> args = new java.util.ArrayList<>(List.of("run", "--trace", "--out", dir.resolve("g").toString()));
        for (String set : settings) {
            args.add("--set");
            args.add(set);
        }
        CliTest.Outcome o = CliTest.mark1(args.toArray(String[]::new));
        assertEquals(0, o.code(), o.err());
        Scenario s = ScenarioLoader.withSettings(ScenarioLoader.builtIn("mark1-squares"), settings);
        MarkOne machine = Experiment.machine(s, new RandomStreams(s.seed()), Experiment.Options.defaults());
        SourceSets sets = machine.sourceSets();
        int[] position = machine.pots().positions();
        int limit = s.machine().potSteps();
        ObjectMapper json = new ObjectMapper();
        int moved = 0;
        int endStopped = 0;
        long refused = 0;
        long[] turned = null;
        boolean[] stopped = null;
        for (String line : Files.readAllLines(dir.resolve("g").resolve("trace.jsonl"))) {
            JsonNode e = json.readTree(line);
            switch (e.get("event").asText()) {
                case "Reinforcement" -> {
                    endStopped += settle(turned, stopped);
                    long[] sum = new long[sets.rUnits()];
                    turned = new long[sets.rUnits()];
                    stopped = new boolean[sets.rUnits()];
                    for (int i = 0; i < e.get("pots").size(); i++) {
                        int pot = e.get("pots").get(i).asInt();
                        int steps = e.get("steps").get(i).asInt();
                        sum[sets.rUnitOf(pot)] += steps;
                        stopped[sets.rUnitOf(pot)] |= Math.abs(position[pot] + steps) > limit;
                        refused += Math.max(0, Math.abs(position[pot] + steps) - limit);
                    }
                    for (int r = 0; r < sum.length; r++) {
                        assertEquals(0, sum[r], "pulse at " + e.get("time") + ": source set " + r + " changes by " + sum[r]);
                    }
                    moved += e.get("pots").size() > 0 ? 1 : 0;
                }
                case "MotorStarted" -> turned[sets.rUnitOf(e.get("pot").asInt())] += e.get("target").asInt()
                        - e.get("from").asInt();
                case "MotorStopped" -> position[e.get("pot").asInt()] = e.get("position").asInt();
                default -> { }
            }
        }
        endStopped += settle(turned, stopped);
        return new long[] {moved, endStopped, refused};
    }

    /** Checks the motors' turns after a pulse: zero per set unless an end stop took some; returns how many sets it did. */
    private static int settle(long[] turned, boolean[] stopped) {
        if (turned == null) {
            return 0;
        }
        int n = 0;
        for (int r = 0; r < turned.length; r++) {
            if (turned[r] != 0) {
                assertTrue(stopped[r], "the motors of source set " + r + " turned " + turned[r] + " steps with no end stop");
                n++;
            }
        }
        return n;
    }
}
