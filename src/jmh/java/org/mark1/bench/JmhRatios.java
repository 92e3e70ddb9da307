package org.mark1.bench;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link MarkOneBenchmarks} under JMH (any JMH command-line options pass through) and then
 * prints each figure beside its baseline, as a ratio of presentations per second.
 */
public final class JmhRatios {

    private JmhRatios() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        CommandLineOptions given = new CommandLineOptions(args);
        OptionsBuilder options = new OptionsBuilder();
        options.parent(given);
        if (given.getIncludes().isEmpty()) {
            options.include(MarkOneBenchmarks.class.getSimpleName());
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, Double> rate = new HashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            rate.put(name.substring(name.lastIndexOf('.') + 1), r.getPrimaryResult().getScore());
        }
        System.out.println();
        System.out.println("figure              engine            presentations/s   baseline          presentations/s   ratio  target");
        line(rate, "A-layer", "aLayerModel", "aLayerNestedLoop", ">= 5");
        line(rate, "A-layer, candidate", "aLayerSliced", "aLayerNestedLoop", "");
        line(rate, "A-layer, candidate", "aLayerFanOut", "aLayerNestedLoop", "");
        line(rate, "A-layer, candidate", "aLayerPopcount", "aLayerNestedLoop", "");
        line(rate, "ideal trial", "trialIdeal", "trialNestedLoop", ">= 4");
        line(rate, "session trial", "trialSession", "trialIdeal", ">= 0.5 (within 2x)");
        line(rate, "cached training", "cachedTraining", "trialNestedLoop", "(>= 3 x scikit-learn: mark1 bench --sklearn)");
    }

    private static void line(Map<String, Double> rate, String figure, String engine, String baseline, String target) {
        Double e = rate.get(engine);
        Double b = rate.get(baseline);
        if (e == null || b == null) {
            return;
        }
        System.out.printf(Locale.ROOT, "%-19s %-17s %,15.0f   %-17s %,15.0f %7.2fx  %s%n", figure, engine, e, baseline, b,
                e / b, target);
    }
}
