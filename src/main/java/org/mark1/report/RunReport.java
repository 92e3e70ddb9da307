package org.mark1.report;

import org.mark1.experiment.Estimate;
import org.mark1.experiment.Experiment;
import org.mark1.experiment.SeedRow;
import org.mark1.experiment.Summary;
import org.mark1.scenario.LampCode;
import org.mark1.scenario.Measure;
import org.mark1.scenario.Scenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mark1.machine.MarkOne;
import org.mark1.machine.ReceptiveField;
import org.mark1.io.CsvText;

/**
 * The report files of one run's folder: the confusion matrix on the fresh stimuli
 * ({@code confusion.csv}, {@code confusion.png}), what each lamp learned drawn back through the
 * plugboard onto the retina ({@code fields.png}), the generalisation curve when it was measured
 * ({@code generalisation.csv}, {@code .png}), and {@code report.md}, which sets history's figure
 * beside this run's.
 */
public final class RunReport {

    public static final String CONFUSION_CSV = "confusion.csv";
    public static final String CONFUSION_PNG = "confusion.png";
    public static final String FIELDS_PNG = "fields.png";
    public static final String GENERALISATION_CSV = "generalisation.csv";
    public static final String GENERALISATION_PNG = "generalisation.png";
    public static final String REPORT = "report.md";

    /** What the machine may answer besides a class: a pattern of lamps no class lights. */
    static final String NO_CLASS = "(no class)";

    private RunReport() {
    }

    /** Every file this class may write into a run's folder. */
    static final java.util.Set<String> FILES = java.util.Set.of(CONFUSION_CSV, CONFUSION_PNG, FIELDS_PNG, GENERALISATION_CSV,
            GENERALISATION_PNG, REPORT, ReportPages.HTML, LesionReport.CSV, LesionReport.PNG, DistanceReport.CSV, DistanceReport.PNG);

    static void write(RunWriter.Sink out, Experiment.Result r) {
        Summary summary = r.summary();
        Scenario s = r.scenario();
        if (summary.freshAnswers() != null) {
            List<String> classes = s.classes().stream().map(Scenario.ClassSpec::name).toList();
            List<String> answers = new ArrayList<>(classes);
            answers.add(NO_CLASS);
            int[][] counts = confusion(classes, answers, summary.freshAnswers());
            out.write(CONFUSION_CSV, RunWriter.text(confusionCsv(classes, answers, counts)));
            byte[] png = Pictures.confusion(classes, answers, counts, s.name() + " (seed " + s.seed() + "): answers to "
                    + summary.freshStimuli() + " fresh stimuli");
            out.write(CONFUSION_PNG, o -> o.write(png));
        }
        if (r.learned() != null) { // a network's lamps are no sums over A-units: it has no fields
            byte[] fields = fields(r.machine(), r.learned(), LampCode.of(s), s.classes().size());
            out.write(FIELDS_PNG, o -> o.write(fields));
        }
        if (summary.generalisation() != null) {
            out.write(GENERALISATION_CSV, RunWriter.text(generalisationCsv(summary.generalisation())));
            byte[] png = CurvePlot.generalisation(summary);
            out.write(GENERALISATION_PNG, o -> o.write(png));
        }
        if (summary.lesion() != null) {
            out.write(LesionReport.CSV, RunWriter.text(LesionReport.csv(List.of(summary))));
            byte[] png = LesionReport.png(s.name() + " (seed " + s.seed() + "): accuracy as A-units are removed", List.of(summary));
            out.write(LesionReport.PNG, o -> o.write(png));
        }
        if (summary.distance() != null) {
            out.write(DistanceReport.CSV, RunWriter.text(DistanceReport.csv(summary.distance())));
            byte[] png = DistanceReport.png(s, List.of(summary));
            out.write(DistanceReport.PNG, o -> o.write(png));
        }
        ReportPages.write(out, markdown(s, summary));
    }

    /** counts[i][j]: fresh stimuli of class i answered with answer j. */
    static int[][] confusion(List<String> classes, List<String> answers, Map<String, Map<String, Integer>> tally) {
        int[][] counts = new int[classes.size()][answers.size()];
        for (int i = 0; i < classes.size(); i++) {
            Map<String, Integer> row = tally.getOrDefault(classes.get(i), Map.of());
            for (int j = 0; j < answers.size(); j++) {
                counts[i][j] = row.getOrDefault(answers.get(j), 0);
            }
        }
        return counts;
    }

    static String confusionCsv(List<String> classes, List<String> answers, int[][] counts) {
        List<Object> header = new ArrayList<>(List.of("class"));
        header.addAll(answers);
        CsvText sheet = new CsvText(header);
        for (int i = 0; i < classes.size(); i++) {
            List<Object> row = new ArrayList<>(List.of(classes.get(i)));
            Arrays.stream(counts[i]).forEach(row::add);
            sheet.row(row);
        }
        return sheet.text();
    }

    /**
     * Each lamp's receptive field, titled with the classes that want it lit: drawn from the pots, or
     * from the real weights when {@code learned} holds ideal ones (the pots never moved then).
     */
    public static byte[] fields(MarkOne machine, org.mark1.machine.MachineState learned, LampCode code, int classes) {
        List<double[][]> fields = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (int lamp = 0; lamp < code.lamps(); lamp++) {
            fields.add(learned != null && learned.isIdeal() ? ReceptiveField.of(machine, lamp, learned.ideal().weights())
                    : ReceptiveField.of(machine, lamp));
            List<String> lit = new ArrayList<>();
            for (int c = 0; c < classes; c++) {
                if (code.wanted(c)[lamp]) {
                    lit.add(code.className(c));
                }
            }
            titles.add("lamp " + lamp + (lit.isEmpty() ? "" : " (on for " + String.join(", ", lit) + ")"));
        }
        return Pictures.fields(fields, titles);
    }

    static String generalisationCsv(Summary.Generalisation g) {
        CsvText sheet = new CsvText("presentations", "fresh_accuracy");
        for (Summary.Point p : g.points()) {
            sheet.row(p.presentations(), String.format(Locale.ROOT, "%.4f", p.freshAccuracy()));
        }
        return sheet.text();
    }

    /** {@code report.md} of one run. */
    static String markdown(Scenario s, Summary summary) {
        SeedRow row = SeedRow.of(summary);
        StringBuilder b = new StringBuilder();
        b.append("# ").append(s.name()).append(", seed ").append(s.seed()).append("\n\n");
        if (!s.description().isEmpty()) {
            b.append(s.description()).append("\n\n");
        }
        ReportText.designs(b, s);
        if (s.history() != null) {
            ReportText.history(b, s.history(), Estimate.of(s.history().measure(), java.util.Collections.singletonList(row.get(s.history().measure()))));
            b.append("One seed gives one machine's figure; `mark1 run ").append(s.name())
                    .append(" --seeds 20` gives the mean and its interval over twenty machines.\n\n");
        }
        b.append("## This run's figures\n\n| figure | value |\n|---|---|\n");
        for (Measure m : Measure.values()) {
            Double v = row.get(m);
            if (m.optional() && v == null) {
                continue;
            }
            b.append("| ").append(m.label()).append(" | ")
                    .append(v == null ? "none" : Estimate.format(v) + (m.unit().equals("%") ? " %" : "")).append(" |\n");
        }
        if (summary.stepsRefusedAtEndStops() > 0) { // a rule's step beyond an end stop is lost: said, not hidden
            b.append("| steps the rule asked beyond the pots' end stops (not turned) | ")
                    .append(summary.stepsRefusedAtEndStops()).append(" |\n");
        }
        b.append("| simulated time on the Mark I | ").append(summary.simulatedTime()).append(" |\n\n");
        Summary.Retraining r = summary.retraining();
        if (r != null) {
            b.append("## Retraining\n\nAfter the figures above, the machine was trained on other classes (")
                    .append(s.retraining().classes().stream().map(Scenario.ClassSpec::name).collect(java.util.stream.Collectors.joining(", ")))
                    .append(") on the same lamps: ").append(r.presentations()).append(" presentations, ").append(r.errors())
                    .append(" errors, ").append(r.firstErrorFreePass() == null ? "no error-free pass"
                            : "first error-free pass " + r.firstErrorFreePass()).append(".\n\n")
                    .append("| accuracy | before retraining | after |\n|---|---|---|\n")
                    .append("| first training stimuli | ").append(Estimate.format(100 * summary.trainAccuracy())).append(" % | ")
                    .append(Estimate.format(100 * r.firstTrainAccuracy())).append(" % |\n");
            if (r.firstFreshAccuracy() != null) {
                b.append("| first fresh stimuli | ").append(Estimate.format(100 * summary.freshAccuracy())).append(" % | ")
                        .append(Estimate.format(100 * r.firstFreshAccuracy())).append(" % |\n");
            }
            b.append("| second training stimuli | | ").append(Estimate.format(100 * r.trainAccuracy())).append(" % |\n\n")
                    .append("The confusion matrix is the first course's; the lamp fields and `state.json` are the machine after "
                            + "retraining.\n\n");
        }
        if (summary.distance() != null) {
            DistanceReport.markdown(b, s, List.of(summary));
        }
        b.append("## Pictures\n\n");
        b.append("![Learning curve](").append(RunWriter.CURVE_PNG).append(")\n\n");
        if (summary.generalisation() != null) {
            b.append("![Accuracy on fresh stimuli during training](").append(GENERALISATION_PNG).append(")\n\n");
        }
        if (summary.lesion() != null) {
            b.append("![Accuracy as A-units are removed](").append(LesionReport.PNG).append(")\n\n");
        }
        if (summary.freshAnswers() != null) {
            b.append("![Confusion matrix on the fresh stimuli](").append(CONFUSION_PNG).append(")\n\n");
        }
        fieldsText(b, s);
        return b.toString();
    }

    /** What the lamps learned: the fields and how they were drawn; for a network, why there are none. */
    private static void fieldsText(StringBuilder b, Scenario s) {
        if (!s.training().rule().singleUnit()) {
            b.append("Rule ").append(s.training().rule().id()).append(" trains a network with a hidden layer: its lamps are ")
                    .append("not sums over the A-units, so no field is drawn, and its layers are not saved (no `")
                    .append(RunWriter.STATE).append("`; a Mark I has no pots for them).\n");
            return;
        }
        boolean ideal = s.training().weightMode() == org.mark1.learning.WeightMode.IDEAL;
        b.append("![What each lamp learned, drawn back through the plugboard onto the retina](").append(FIELDS_PNG)
                .append(")\n\nEach lamp's field: for every photocell, the sum of the ")
                .append(ideal ? "real weights (ideal weight mode: the pots never moved; `" + RunWriter.STATE
                        + "` holds these weights)" : "pots")
                .append(" of the lamp's A-units that the ")
                .append("cell excites (plus) or inhibits (minus). Blue cells push the lamp on when lit, red ones off; ")
                .append("A-unit thresholds are left out, so it shows a tendency, not an exact account.\n");
    }
}
