package org.mark1.cli;

import java.util.ArrayList;
import java.util.List;
import org.mark1.compare.Comparison;
import org.mark1.scenario.Scenario;
import org.mark1.io.InputError;
import org.mark1.learning.Rules;
import org.mark1.learning.WeightMode;
import picocli.CommandLine.Option;

/**
 * The rules, seeds and weight mode of a paired comparison, as {@code compare} and {@code
 * sensitivity} take them: the same options, read and checked in one place.
 */
final class ComparedRules {

    @Option(names = "--rules", split = ",", hideParamSyntax = true, defaultValue = "error-correction,lms,sigmoid,sigmoid-ce,mlp", paramLabel = "R1,R2,...",
            description = "rules, each once; compare tests the others against the first (default: ${DEFAULT-VALUE})")
    List<String> rules;

    @Option(names = "--seeds", defaultValue = "30", paramLabel = "N", description = "seeds: the scenario's and the next N-1 (default: 30)")
    int seeds;

    @Option(names = "--weights", defaultValue = "hardware", paramLabel = "hardware|ideal",
            description = "weight mode of the single-unit rules (mlp is always ideal) (default: hardware)")
    String weights;

    /** The comparison these options ask for on {@code s}; a bad option is a one-line {@link InputError}. */
    Comparison on(Scenario s) {
        if (seeds < 1 || seeds > 10_000) {
            throw new InputError("--seeds " + seeds + " is out of range; allowed: 1 to 10000");
        }
        org.mark1.scenario.Seeds.first("--seeds " + seeds, s.seed(), seeds);
        WeightMode mode = LearnCommand.keyword(WeightMode.class, "--weights", weights);
        List<Rules> list = new ArrayList<>();
        for (String id : rules) {
            Rules r = LearnCommand.keyword(Rules.class, "--rules", id.strip());
            if (list.contains(r)) {
                throw new InputError("--rules names '" + r.id() + "' twice; name each rule once");
            }
            list.add(r);
        }
        return new Comparison(s, List.copyOf(list), seeds, mode);
    }
}
