package org.mark1.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mark1.io.InputError;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Options given beside {@code --manifest}: the manifest fixes what it records, so an option that
 * would change it (a scenario, --seed, --rules, --seeds, --set ...) is refused, never silently ignored.
 */
final class ManifestOptions {

    private ManifestOptions() {
    }

    /** Refuses, in one line, every option on the command line but {@code --manifest} and {@code allowed}. */
    static void refuseBeside(CommandSpec spec, String... allowed) {
        ParseResult parsed = spec.commandLine().getParseResult();
        Set<String> ok = Set.of(allowed);
        List<String> given = new ArrayList<>();
        if (!parsed.matchedPositionals().isEmpty()) {
            given.add("the scenario");
        }
        for (OptionSpec o : parsed.matchedOptions()) {
            String name = o.longestName();
            if (!name.equals("--manifest") && !ok.contains(name) && !given.contains(name)) {
                given.add(name);
            }
        }
        if (!given.isEmpty()) {
            throw new InputError("--manifest fixes the scenario, the seeds and everything else it records; drop "
                    + String.join(", ", given) + " (beside --manifest only " + String.join(", ", allowed) + ")");
        }
    }
}
