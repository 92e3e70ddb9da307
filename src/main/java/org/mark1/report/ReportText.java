package org.mark1.report;

import org.mark1.experiment.Estimate;
import org.mark1.experiment.HistoryComparison;
import org.mark1.experiment.SeedRow;
import org.mark1.experiment.Statistics;
import org.mark1.experiment.SweepSummary;
import org.mark1.scenario.HistorySpec;
import org.mark1.scenario.Measure;
import java.util.List;

/** Markdown pieces shared by the run, sweep and scenario reports. */
final class ReportText {

    private ReportText() {
    }

    /**
     * When the fresh cards are of another design than the training cards ({@code evaluation.stimuli}),
     * both designs, named side by side; otherwise nothing.
     */
    static void designs(StringBuilder b, org.mark1.scenario.Scenario s) {
        if (s.evaluation().stimuli() == null) {
            return;
        }
        int rows = s.machine().rows();
        int columns = s.machine().columns();
        b.append("## Two designs of cards\n\n| cards | design |\n|---|---|\n")
                .append("| trained on | ").append(cell(s.stimuli().describe(s.classes(), rows, columns))).append(" |\n")
                .append("| tested on (fresh) | ").append(cell(s.freshStimuli().describe(s.freshClasses(), rows, columns)))
                .append(" |\n\n");
    }

    /** The history block: claim, source, history's figure, ours, how they stand, and why they may differ. */
    static void history(StringBuilder b, HistorySpec h, Estimate ours) {
        b.append("## History beside the simulation\n\n| | |\n|---|---|\n");
        b.append("| what history reports | ").append(cell(h.claim())).append(" |\n");
        b.append("| source | ").append(cell(h.source())).append(" |\n");
        b.append("| compared figure | ").append(h.measure().label()).append(" |\n");
        b.append("| history's figure | ").append(HistoryComparison.historical(h)).append(" |\n");
        b.append("| our figure | ").append(ours.describe(h.measure().unit())).append(" |\n");
        b.append("| how they stand | ").append(HistoryComparison.verdict(h, ours)).append(" |\n");
        if (h.why() != null) {
            b.append("| why they may differ | ").append(cell(h.why())).append(" |\n");
        }
        b.append('\n');
    }

    /** Every measure over the seeds, one row each: its centre (mean or median), the centre's 95 % interval, the range. */
    static void figures(StringBuilder b, List<SeedRow> rows) {
        b.append("| figure | over the seeds | 95 % interval | min | max | seeds with it |\n|---|---|---|---|---|---|\n");
        for (Measure m : Measure.values()) {
            Estimate e = SweepSummary.estimate(rows, m);
            if (m.optional() && e.seeds() == 0) {
                continue;
            }
            b.append("| ").append(m.label()).append(m.unit().equals("%") ? " (%)" : "").append(" | ")
                    .append(e.value() == null ? "none" : e.centre() + " " + Estimate.format(e.value())).append(" | ")
                    .append(interval(e)).append(" | ")
                    .append(e.min() == null ? "none" : Estimate.format(e.min())).append(" | ")
                    .append(e.max() == null ? "none" : Estimate.format(e.max())).append(" | ")
                    .append(e.seeds()).append(" of ").append(e.of()).append(" |\n");
        }
        b.append('\n');
    }

    /** "59.8–63.2 (bootstrap percentile)", or "none". */
    static String interval(Estimate e) {
        return e.low() == null ? "none" : Estimate.format(e.low()) + "–" + Estimate.format(e.high()) + " (" + e.interval() + ")";
    }

    static final String METHOD = "A proportion (an accuracy, in %) is given as the mean over the seeds with its 95 % "
            + "bootstrap percentile interval (" + Statistics.RESAMPLES + " resamples of the seeds, Apache Commons Math and "
            + "RNG, a fixed generator seed): it lies within the seeds' own values, so within 0–100 %. A count "
            + "(presentations, errors, A-units), skewed by a few slow seeds, is given as the median with its 95 % "
            + "order-statistic interval (two of the seeds' own values; none with fewer than six seeds). The least and "
            + "greatest seed's value stand beside them. Each seed wires, sets and trains its own machine and draws its "
            + "own stimuli. A seed that never gave a figure (no error-free pass within the budget) is counted, not "
            + "guessed: the figure stands on the seeds that gave it.";

    /** A text for a table cell: no line breaks, no bars. */
    static String cell(String text) {
        return text.replace("|", "\\|").replaceAll("\\s+", " ").strip();
    }
}
