package org.mark1.report;

import org.mark1.experiment.Estimate;
import org.mark1.experiment.Summary;
import org.mark1.scenario.DistanceSpec;
import org.mark1.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mark1.io.CsvText;

/**
 * The files of the distance measurement ({@link DistanceSpec}): {@code distance.csv} and
 * {@code distance.png}, accuracy against distance from the training place, for one run (cards and
 * right answers at each distance) or over seeds (the mean with its 95 % interval); and their
 * section of {@code report.md}.
 */
public final class DistanceReport {

    public static final String CSV = "distance.csv";
    public static final String PNG = "distance.png";

    private DistanceReport() {
    }

    /** One run: {@code distance,cards,right,accuracy,same_as_training}. */
    static String csv(Summary.Distance d) {
        CsvText sheet = new CsvText("distance", "cards", "right", "accuracy", "same_as_training");
        for (Summary.DistancePoint p : d.points()) {
            sheet.row(p.distance(), p.cards(), p.right(), String.format(Locale.ROOT, "%.4f", p.accuracy()), p.sameAsTraining());
        }
        return sheet.text();
    }

    /** Over seeds: {@code distance,seeds,mean_accuracy_percent,ci95_low,ci95_high,min,max}. */
    static String sweepCsv(List<Summary> runs) {
        CsvText sheet = new CsvText("distance", "seeds", "mean_accuracy_percent", "ci95_low", "ci95_high", "min", "max");
        List<Estimate> estimates = estimates(runs);
        List<Summary.DistancePoint> first = runs.get(0).distance().points();
        for (int i = 0; i < first.size(); i++) {
            Estimate e = estimates.get(i);
            sheet.row(first.get(i).distance(), e.seeds(), num(e.mean()), num(e.low()), num(e.high()), num(e.min()), num(e.max()));
        }
        return sheet.text();
    }

    /** The accuracy (%) at each distance over the runs. */
    static List<Estimate> estimates(List<Summary> runs) {
        List<Estimate> out = new ArrayList<>();
        int points = runs.get(0).distance().points().size();
        for (int i = 0; i < points; i++) {
            int at = i;
            out.add(Estimate.ofMean(runs.stream().map(r -> 100 * r.distance().points().get(at).accuracy()).toList()));
        }
        return out;
    }

    /** The picture over the runs (one run: its points; several: mean and band). */
    static byte[] png(Scenario s, List<Summary> runs) {
        Summary.Distance d = runs.get(0).distance();
        List<Double> x = d.points().stream().map(p -> (double) p.distance()).toList();
        String title = s.name() + (runs.size() == 1 ? " (seed " + runs.get(0).seed() + ")" : ", " + runs.size() + " seeds")
                + ": accuracy against distance from the training place";
        String series = runs.size() == 1 ? d.points().get(0).cards() + " fresh cards at each distance"
                : "mean over " + runs.size() + " seeds, " + d.points().get(0).cards() + " fresh cards per seed at each distance";
        return DistancePlot.png(title, "distance from the training place (photocells moved " + d.direction() + ")", x,
                estimates(runs), series, chance(s));
    }

    /** Chance (%): one class in so many, guessed. */
    static double chance(Scenario s) {
        return 100.0 / s.classes().size();
    }

    /** The section of {@code report.md}: what was measured, the figures at the nearest and farthest distance, the picture. */
    static void markdown(StringBuilder b, Scenario s, List<Summary> runs) {
        Summary.Distance d = runs.get(0).distance();
        List<Estimate> e = estimates(runs);
        List<Summary.DistancePoint> points = d.points();
        int last = points.size() - 1;
        String unit = "%";
        b.append("## Accuracy against distance from the training place\n\n")
                .append("After training, fresh cards of every class were laid as the training cards were, but with their ")
                .append("region moved ").append(d.direction()).append(" by 0, ").append(d.step()).append(", ")
                .append(2 * d.step()).append(" ... up to ").append(points.get(last).distance()).append(" photocells; ")
                .append(d.cardsPerClass()).append(" cards per class at each distance, never a training card where that ")
                .append("could be helped.").append(clear(s)).append(" Which distances and how many cards are our choices ")
                .append("[gap]: history states the limit, not a curve.\n\n")
                .append("| distance (photocells) | accuracy |\n|---|---|\n");
        for (int i = 0; i < points.size(); i++) {
            b.append("| ").append(points.get(i).distance()).append(" | ")
                    .append(runs.size() == 1 ? points.get(i).right() + " of " + points.get(i).cards() + ", "
                            + Estimate.format(e.get(i).mean()) + " %" : e.get(i).describe(unit)).append(" |\n");
        }
        b.append("\nChance is ").append(Estimate.format(chance(s))).append(" % (one of ").append(s.classes().size())
                .append(" classes, guessed). `").append(CSV).append("` gives every distance")
                .append(runs.size() == 1 ? "'s cards and right answers" : "'s mean, interval and range over the seeds")
                .append(".\n\n![Accuracy against distance from the training place](").append(PNG).append(")\n\n");
    }

    /** " From 10 photocells on, ..." when the cards went far enough to leave the training region. */
    private static String clear(Scenario s) {
        Integer at = s.evaluation().distance().clearAt(s);
        List<Integer> distances = s.evaluation().distance().distances(s);
        return at == null ? "" : (at.equals(distances.get(distances.size() - 1)) ? " At " + at + " photocells" : " From "
                + at + " photocells on") + " the moved region shares no photocell with the region the machine was trained in.";
    }

    /** The picture and its caption in {@code docs/scenarios.md}, under the scenario's section. */
    static void table(StringBuilder b, Scenario s) {
        DistanceSpec d = s.evaluation().distance();
        List<Integer> distances = d.distances(s);
        String dir = "scenarios/" + s.name() + "/";
        b.append("![").append(s.name()).append(": accuracy against distance from the training place](").append(dir)
                .append(PNG).append(")\n\n")
                .append("Accuracy against distance from the training place: fresh cards laid as in training, their region ")
                .append("moved ").append(d.direction().id()).append(" by 0 to ").append(distances.get(distances.size() - 1))
                .append(" photocells, ").append(d.cardsPerClass()).append(" cards per class at each distance (our choices [gap]).")
                .append(clear(s)).append(" The curve is ")
                .append("the mean over the seeds with its 95 % interval, chance dashed. Every distance's figures: [")
                .append(dir).append(CSV).append("](").append(dir).append(CSV).append(").");
        if (s.history() != null) {
            b.append(" Beside it, what history states: ").append(ReportText.cell(s.history().claim())).append(' ')
                    .append(ReportText.cell(s.history().source())).append('.');
        }
        b.append("\n\n");
    }

    private static String num(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.4f", v);
    }
}
