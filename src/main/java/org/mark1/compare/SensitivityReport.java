package org.mark1.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.mark1.experiment.Estimate;
import org.mark1.experiment.Statistics;
import org.mark1.learning.Rules;
import org.mark1.io.CsvText;

/**
 * The table of a {@link Sensitivity}: for each mode, rule and size, the share of outputs that flipped
 * (mean over seeds, 95 % bootstrap percentile interval), how far the rule's own output moved, the largest single move,
 * and the net input's change relative to its distance from the threshold. Statistics from Commons Math.
 */
public final class SensitivityReport {

    /** One mode, rule and size over the seeds. */
    public record SensitivityLine(Sensitivity.PerturbationMode mode, Rules rule, double size, Estimate flips, double anyFlip,
            double meanOutputChange, double maxOutputChange, double relativeNetChange, Estimate ties) {
    }

    private SensitivityReport() {
    }

    private static double mean(List<Sensitivity.FlipRow> rows, ToDoubleFunction<Sensitivity.FlipRow> f) {
        DescriptiveStatistics d = new DescriptiveStatistics();
        rows.stream().mapToDouble(f).filter(v -> !Double.isNaN(v)).forEach(d::addValue);
        return d.getN() == 0 ? Double.NaN : d.getMean();
    }

    /** The lines, by mode, then rule (in the given order), then size. */
    public static List<SensitivityLine> lines(Sensitivity s, List<Sensitivity.FlipRow> rows) {
        List<SensitivityLine> out = new ArrayList<>();
        for (Sensitivity.PerturbationMode mode : Sensitivity.PerturbationMode.values()) {
            for (Rules rule : s.comparison().rules()) {
                for (double size : s.sizes()) {
                    List<Sensitivity.FlipRow> group = rows.stream()
                            .filter(r -> r.mode() == mode && r.rule() == rule && r.size() == size).toList();
                    out.add(new SensitivityLine(mode, rule, size,
                            Estimate.ofMean(group.stream().map(Sensitivity.FlipRow::flipFraction).toList()),
                            mean(group, Sensitivity.FlipRow::anyFlip), mean(group, Sensitivity.FlipRow::meanOutputChange),
                            mean(group, Sensitivity.FlipRow::maxOutputChange), mean(group, Sensitivity.FlipRow::relativeNetChange),
                            Estimate.ofMean(group.stream().map(Sensitivity.FlipRow::ties).toList())));
                }
            }
        }
        return out;
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6g", v);
    }

    /** sensitivity.csv: one line per mode, rule, seed and size. */
    public static String csv(List<Sensitivity.FlipRow> rows) {
        CsvText sheet = new CsvText("mode", "rule", "seed", "size", "perturbations", "outputs", "flip_fraction", "any_flip",
                "mean_output_change", "max_output_change", "median_relative_net_change", "ties");
        for (Sensitivity.FlipRow r : rows) {
            sheet.row(r.mode().id(), r.rule().id(), r.seed(), num(r.size()), r.perturbations(), r.outputs(),
                    num(r.flipFraction()), num(r.anyFlip()), num(r.meanOutputChange()), num(r.maxOutputChange()),
                    num(r.relativeNetChange()), num(r.ties()));
        }
        return sheet.text();
    }

    private static String percent(double size) {
        return String.format(Locale.ROOT, "%.4g %%", 100 * size);
    }

    /** report.md: how it was measured, the table, and the finding in words. */
    public static String markdown(Sensitivity s, List<Sensitivity.FlipRow> rows) {
        Comparison c = s.comparison();
        List<SensitivityLine> lines = lines(s, rows);
        StringBuilder b = new StringBuilder();
        b.append("# ").append(c.scenario().name()).append(": sensitivity of the learned weights, ")
                .append(c.rules().size()).append(" rules over ").append(c.seeds()).append(" seeds\n\n");
        b.append(String.format(Locale.ROOT, "Seeds %d to %d; each seed gives every rule the same wiring, cards and order. "
                + "Weights: %s (mlp: always ideal). After training, the learned weights are perturbed and every answer on "
                + "the training and the fresh cards is read again. A size is a fraction of the root mean square weight "
                + "of the weight's layer. **All weights**: Gaussian noise of that standard deviation on every weight, "
                + "%d draws. **One weight**: one weight moved up and down by that amount, %d weights chosen at random, "
                + "one at a time. Thresholds and biases are left alone. An output is one lamp on one card; it *flips* "
                + "when the lamp changes. Mean over seeds, its 95 %% bootstrap percentile interval in brackets (%d resamples; within 0–100 by construction).%n%n", c.scenario().seed(),
                c.scenario().seed() + c.seeds() - 1, c.weights().id(), s.draws(), s.singles(), Statistics.RESAMPLES));
        b.append("Output: error-correction's output is its lamp (0 or 1); lms's the analogue sum g·u; sigmoid's, sigmoid-ce's and "
                + "mlp's σ(g·u), between 0 and 1. Output change: the mean |change| over all outputs; largest: the "
                + "largest |change| of one output (mean over seeds). Machines with a flip: the share of perturbed machines "
                + "(draws, or weights moved) on which at least one answer flipped. |Δu|/|u|: the median over outputs of the net input's change divided by "
                + "its distance from the threshold (a lamp flips exactly when the change crosses it, |Δu|/|u| > 1 the "
                + "wrong way); for one weight, only over the cards on which that weight's input fires.\n\n");
        b.append("Each rule trained at its default constants (`mark1 params`, the rates `compare` tuning chose on the "
                + "flagship): ").append(c.rules().stream().map(r -> r.id() + (r.hasRate() ? " at rate " + TuningReport.constant(c.rateOf(r))
                        + (r.hasGain() ? ", gain " + TuningReport.constant(c.variant(r, c.scenario().seed()).training().outputGain()) : "")
                        : " (no constant of its own)")).collect(java.util.stream.Collectors.joining("; "))).append(".\n\n");
        b.append("Learned outputs exactly at the threshold (u = 0: a tie, a dark lamp that any change of the right "
                + "sign lights):\n\n| rule | outputs at the threshold (%) |\n|---|---|\n");
        for (SensitivityLine l : lines) {
            if (l.mode() == Sensitivity.PerturbationMode.ALL && l.size() == s.sizes().get(0)) {
                b.append("| ").append(l.rule().id()).append(" | ").append(l.ties().bracketed(100, "%.2f")).append(" |\n");
            }
        }
        for (Sensitivity.PerturbationMode mode : Sensitivity.PerturbationMode.values()) {
            b.append("\n## ").append(mode == Sensitivity.PerturbationMode.ALL ? "All weights" : "One weight").append("\n\n");
            b.append("| size | rule | flipped outputs (%) | machines with a flip (%) | output change | largest | "
                    + "median abs(Δu)/abs(u) |\n|---|---|---|---|---|---|---|\n");
            for (SensitivityLine l : lines) {
                if (l.mode() != mode) {
                    continue;
                }
                b.append("| ").append(percent(l.size())).append(" | ").append(l.rule().id()).append(" | ")
                        .append(l.flips().bracketed(100, "%.2f")).append(" | ")
                        .append(String.format(Locale.ROOT, "%.0f", 100 * l.anyFlip())).append(" | ")
                        .append(String.format(Locale.ROOT, "%.4f", l.meanOutputChange())).append(" | ")
                        .append(String.format(Locale.ROOT, "%.3f", l.maxOutputChange())).append(" | ")
                        .append(Double.isNaN(l.relativeNetChange()) ? "-"
                                : String.format(Locale.ROOT, "%.3g", l.relativeNetChange()))
                        .append(" |\n");
            }
        }
        b.append("\n## In words\n\n").append(paragraph(s, lines)).append('\n');
        b.append("\n`sensitivity.png`: flipped outputs against the size of the perturbation (log scale), mean over "
                + "seeds with its 95 % bootstrap band; solid lines all weights, dashed one weight.\n");
        return b.toString();
    }

    /** The smallest size at which a rule flips at least {@code share} of its outputs on average, or NaN. */
    static double threshold(List<SensitivityLine> lines, Sensitivity.PerturbationMode mode, Rules rule, double share) {
        return lines.stream().filter(l -> l.mode() == mode && l.rule() == rule && l.flips().mean() >= share)
                .mapToDouble(SensitivityLine::size).min().orElse(Double.NaN);
    }

    private static String paragraph(Sensitivity s, List<SensitivityLine> lines) {
        StringBuilder b = new StringBuilder();
        for (Sensitivity.PerturbationMode mode : Sensitivity.PerturbationMode.values()) {
            b.append(mode == Sensitivity.PerturbationMode.ALL ? "With noise on all weights, " : "Moving one weight at a time, ");
            List<String> parts = new ArrayList<>();
            for (Rules rule : s.comparison().rules()) {
                double t = threshold(lines, mode, rule, 0.01);
                parts.add(rule.id() + (Double.isNaN(t) ? " never flipped 1 % of its answers (up to "
                        + percent(s.sizes().get(s.sizes().size() - 1)) + ")" : " first flipped 1 % of its answers at " + percent(t)));
            }
            b.append(String.join("; ", parts)).append(". ");
        }
        for (SensitivityLine l : lines) {
            if (l.mode() == Sensitivity.PerturbationMode.ALL && l.size() == s.sizes().get(0)) {
                b.append(String.format(Locale.ROOT, "At the smallest noise (%s), %s's outputs moved by at most %.3g "
                        + "(%.3g %% of its answers flipped). ", percent(l.size()), l.rule().id(), l.maxOutputChange(),
                        100 * l.flips().mean()));
            }
        }
        b.append("A tie (u = 0, the lamp dark) flips under any change that pushes it up: ");
        List<String> parts = new ArrayList<>();
        for (SensitivityLine l : lines) {
            if (l.mode() == Sensitivity.PerturbationMode.ALL && l.size() == s.sizes().get(0)) {
                parts.add(String.format(Locale.ROOT, "%s had %.3g %% of its answers at a tie", l.rule().id(),
                        100 * l.ties().mean()));
            }
        }
        b.append(String.join(", ", parts)).append('.');
        return b.toString().strip();
    }
}
