package org.mark1.experiment;

import org.mark1.scenario.HistorySpec;
import org.mark1.scenario.Measure;
import org.mark1.scenario.Scenario;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run over several seeds found, as its {@code summary.json}: every figure of {@link Measure}
 * as an {@link Estimate} over the seeds, and the historical figure beside the one it compares with.
 *
 * @param scenario the scenario's name
 * @param rule     the learning rule
 * @param seeds    the master seeds, in order
 * @param figures  each measure's estimate over the seeds, by the measure's name
 * @param history  what history reports, or null
 * @param verdict  how history's figure stands against ours, or null without history
 */
public record SweepSummary(String scenario, String rule, List<Long> seeds, Map<String, Estimate> figures,
        @JsonInclude(JsonInclude.Include.NON_NULL) HistorySpec history,
        @JsonInclude(JsonInclude.Include.NON_NULL) String verdict) {

    /** The summary of the seeds' rows. */
    public static SweepSummary of(Scenario s, List<SeedRow> rows) {
        Map<String, Estimate> figures = new LinkedHashMap<>();
        for (Measure m : Measure.values()) {
            figures.put(m.id(), estimate(rows, m));
        }
        HistorySpec h = s.history();
        return new SweepSummary(s.name(), s.training().rule().id(), rows.stream().map(SeedRow::seed).toList(), figures, h,
                h == null ? null : HistoryComparison.verdict(h, estimate(rows, h.measure())));
    }

    /** One measure over the rows. */
    public static Estimate estimate(List<SeedRow> rows, Measure m) {
        return Estimate.of(m, rows.stream().map(r -> r.get(m)).toList());
    }

    /** The estimate of {@code m}. */
    public Estimate figure(Measure m) {
        return figures.get(m.id());
    }
}
