package org.mark1.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mark1.io.CsvRecord;
import org.mark1.io.CsvText;
import org.mark1.scenario.Measure;

/**
 * The figures of one seed's run, as one row of {@code seeds.csv}: what the statistics over seeds
 * are computed from. Accuracies in percent; null where the run has no such figure.
 *
 * @param seed                the master seed
 * @param presentations       training presentations made
 * @param errors              errors made in training
 * @param passes              passes made through the training set
 * @param firstErrorFreePass  the first error-free pass (from 1), or null
 * @param presentationsToLearn presentations before that pass began, or null
 * @param trainAccuracy       accuracy on the training stimuli after training, %
 * @param freshAccuracy       accuracy on fresh stimuli after training, %, or null without fresh stimuli
 * @param activeAUnits        mean A-units firing per training stimulus
 * @param halfRemovedAccuracy accuracy on the training stimuli with half the A-units removed, %, or null without that lesion
 * @param retainedAccuracy    accuracy on the first training stimuli after retraining, %, or null without retraining
 */
public record SeedRow(long seed, int presentations, int errors, int passes, Integer firstErrorFreePass,
        Double presentationsToLearn, double trainAccuracy, Double freshAccuracy, double activeAUnits,
        Double halfRemovedAccuracy, Double retainedAccuracy) {

    static final List<String> COLUMNS = List.of("seed", "presentations", "errors", "passes", "first_error_free_pass",
            "presentations_to_learn", "train_accuracy_percent", "fresh_accuracy_percent", "active_a_units_mean",
            "half_removed_accuracy_percent", "retained_accuracy_percent");

    /** The figure {@code m} of this run, or null when the run has none (no error-free pass, no fresh stimuli). */
    public Double get(Measure m) {
        return switch (m) {
            case PRESENTATIONS_TO_LEARN -> presentationsToLearn;
            case ERRORS -> (double) errors;
            case TRAIN_ACCURACY -> trainAccuracy;
            case FRESH_ACCURACY -> freshAccuracy;
            case ACTIVE_A_UNITS -> activeAUnits;
            case HALF_REMOVED_ACCURACY -> halfRemovedAccuracy;
            case RETAINED_ACCURACY -> retainedAccuracy;
        };
    }

    public static SeedRow of(Summary s) {
        return new SeedRow(s.seed(), s.presentations(), s.errors(), s.passes(), s.firstErrorFreePass(),
                s.presentationsToLearn() == null ? null : (double) s.presentationsToLearn(), percent(s.trainAccuracy()),
                s.freshAccuracy() == null ? null : percent(s.freshAccuracy()), s.activeAUnits().mean(), halfRemoved(s),
                s.retraining() == null ? null : percent(s.retraining().firstTrainAccuracy()));
    }

    private static Double halfRemoved(Summary s) {
        if (s.lesion() == null) {
            return null;
        }
        return s.lesion().points().stream().filter(p -> p.fraction() == 0.5).findFirst()
                .map(p -> percent(p.trainAccuracy())).orElse(null);
    }

    /** Rounded to 0.01 %, as the CSV holds it, so that a row read back equals the row written. */
    private static double percent(double fraction) {
        return Math.round(fraction * 10000) / 100.0;
    }

    /** The rows as {@code seeds.csv}: a header, then one line per seed; an empty cell for a missing figure. */
    public static String csv(List<SeedRow> rows) {
        CsvText sheet = new CsvText(COLUMNS);
        for (SeedRow r : rows) {
            sheet.row(r.seed, r.presentations, r.errors, r.passes, r.firstErrorFreePass,
                    r.presentationsToLearn == null ? null : r.presentationsToLearn.intValue(), number(r.trainAccuracy),
                    r.freshAccuracy == null ? null : number(r.freshAccuracy), number(r.activeAUnits),
                    r.halfRemovedAccuracy == null ? null : number(r.halfRemovedAccuracy),
                    r.retainedAccuracy == null ? null : number(r.retainedAccuracy));
        }
        return sheet.text();
    }

    /** Reads what {@link #csv} wrote; a malformed file is an {@link IllegalArgumentException} naming the line. */
    public static List<SeedRow> parse(String csv) {
        List<CsvRecord> records = CsvText.read("seeds.csv", csv);
        if (records.isEmpty() || records.get(0).line() != 1 || !records.get(0).cells().equals(COLUMNS)) {
            throw new IllegalArgumentException("not a seeds.csv: the first line must name the columns " + COLUMNS);
        }
        List<SeedRow> rows = new ArrayList<>();
        for (CsvRecord record : records.subList(1, records.size())) {
            String[] c = record.cells().toArray(String[]::new);
            if (c.length != 11) {
                throw new IllegalArgumentException("line " + record.line() + ": expected 11 cells, found " + c.length);
            }
            rows.add(new SeedRow(Long.parseLong(c[0]), Integer.parseInt(c[1]), Integer.parseInt(c[2]),
                    Integer.parseInt(c[3]), c[4].isEmpty() ? null : Integer.valueOf(c[4]),
                    c[5].isEmpty() ? null : Double.valueOf(c[5]), Double.parseDouble(c[6]),
                    c[7].isEmpty() ? null : Double.valueOf(c[7]), Double.parseDouble(c[8]),
                    c[9].isEmpty() ? null : Double.valueOf(c[9]), c[10].isEmpty() ? null : Double.valueOf(c[10])));
        }
        return rows;
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
