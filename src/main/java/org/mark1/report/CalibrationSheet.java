package org.mark1.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mark1.experiment.Estimate;
import org.mark1.experiment.HistoryComparison;
import org.mark1.scenario.HistoryRelation;
import org.mark1.io.CsvRecord;
import org.mark1.io.CsvText;
import org.mark1.scenario.Measure;

/**
 * A calibration's {@code calibration.csv}: one row per point of a grid over one or two [gap]
 * parameters, each the figure history compares as an estimate over seeds, and whether history's
 * value lies within its 95 % interval; and the sentences said about it, generated from the rows
 * alone, so that {@code docs/scenarios.md} can state the measured reason from the committed file.
 *
 * @param keys    the varied keys, as {@code --set} names them
 * @param measure the figure measured
 * @param history history's value (null when the record gives none)
 * @param relation how the record states it: a value reached, a bound exceeded or a bound never reached
 * @param points  every point of the grid, the first key outermost
 */
public record CalibrationSheet(List<String> keys, Measure measure, Double history, HistoryRelation relation,
        List<GridPoint> points) {

    /** File names a calibration folder holds. */
    public static final String CSV = "calibration.csv";

    /** Folders under docs/scenarios/NAME/ holding a committed calibration start so. */
    public static final String FOLDER_PREFIX = "calibration";

    private static final List<String> TAIL = List.of("measure", "seeds", "seeds_with_figure", "centre", "mean", "median",
            "ci_low", "ci_high", "interval", "min", "max", "history", "history_relation", "record_holds");

    /** One grid point: the keys' values (as written after {@code --set KEY=}) and our figure there. */
    public record GridPoint(List<String> values, Estimate figure) {
    }

    public CalibrationSheet {
        keys = List.copyOf(keys);
        points = List.copyOf(points);
    }

    /**
     * Whether the record holds at {@code p}: history's value within our 95 % interval, or our whole
     * interval on the record's side of its bound (false without a value, or for a bound our interval
     * reaches across).
     */
    public boolean within(GridPoint p) {
        return history != null && Boolean.TRUE.equals(HistoryComparison.holds(relation, history, p.figure()));
    }

    /** "yes", "no", or "across" for a bound our interval reaches across; empty without a value. */
    public String holdsCell(GridPoint p) {
        if (history == null) {
            return "";
        }
        Boolean h = HistoryComparison.holds(relation, history, p.figure());
        return h == null ? "across" : h ? "yes" : "no";
    }

    /** The sheet as CSV: the keys, then {@code measure, seeds, ...}; an empty cell for a missing figure. */
    public String csv() {
        List<String> header = new ArrayList<>(keys);
        header.addAll(TAIL);
        CsvText sheet = new CsvText(header);
        for (GridPoint p : points) {
            Estimate e = p.figure();
            List<Object> cells = new ArrayList<>(p.values());
            cells.addAll(java.util.Arrays.asList(measure.id(), e.of(), e.seeds(), e.centre(), cell(e.mean()), cell(e.median()),
                    cell(e.low()), cell(e.high()), e.interval(), cell(e.min()), cell(e.max()), cell(history),
                    relation.id(), holdsCell(p)));
            sheet.row(cells);
        }
        return sheet.text();
    }

    /** Reads what {@link #csv} wrote; a malformed sheet is an {@link IllegalArgumentException} naming the line. */
    public static CalibrationSheet parse(String csv) {
        List<CsvRecord> records;
        try {
            records = CsvText.read(CSV, csv);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        if (records.isEmpty()) {
            throw new IllegalArgumentException("line 1: empty; not a calibration.csv");
        }
        List<String> header = records.get(0).cells();
        int k = header.size() - TAIL.size();
        if (k < 1 || k > 2 || !header.subList(k, header.size()).equals(TAIL)) {
            throw new IllegalArgumentException("line 1: expected one or two keys, then " + String.join(",", TAIL));
        }
        if (records.size() < 2) {
            throw new IllegalArgumentException("line 2: no points");
        }
        Measure measure = null;
        Double history = null;
        HistoryRelation relation = HistoryRelation.ABOUT;
        List<GridPoint> points = new ArrayList<>();
        for (CsvRecord record : records.subList(1, records.size())) {
            List<String> c = record.cells();
            int line = record.line();
            if (c.size() != header.size()) {
                throw new IllegalArgumentException("line " + line + ": expected " + header.size() + " cells, found " + c.size());
            }
            Measure m = java.util.Arrays.stream(Measure.values()).filter(x -> x.id().equals(c.get(k))).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("line " + line + ": no such measure: " + c.get(k)));
            if (measure != null && m != measure) {
                throw new IllegalArgumentException("line " + line + ": a second measure " + m.id());
            }
            measure = m;
            history = number(c.get(k + 11));
            String r = c.get(k + 12);
            relation = java.util.Arrays.stream(HistoryRelation.values()).filter(x -> x.id().equals(r)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("line " + line + ": no such relation: " + r));
            Estimate e = new Estimate(Integer.parseInt(c.get(k + 2)), Integer.parseInt(c.get(k + 1)), c.get(k + 3),
                    number(c.get(k + 4)), number(c.get(k + 5)), number(c.get(k + 6)), number(c.get(k + 7)), c.get(k + 8),
                    number(c.get(k + 9)), number(c.get(k + 10)));
            points.add(new GridPoint(c.subList(0, k), e));
        }
        return new CalibrationSheet(header.subList(0, k), measure, history, relation, points);
    }

    /**
     * What the sheet shows, in generated words: where history's value lies within our 95 % interval
     * ("within our 95 % interval for training.examplesPerClass 10 and no other value tried (5 to 30)"),
     * and how far our mean moves over the values tried.
     */
    public String findings() {
        String unit = measure.unit().equals("%") ? " %" : " " + measure.unit();
        String hist = history == null ? null : Estimate.format(history) + unit;
        String holds = relation == HistoryRelation.ABOUT ? "history's " + hist + " lies within our 95 % interval"
                : "the record (" + relation.words() + hist + ") holds, our whole 95 % interval "
                        + (relation == HistoryRelation.MORE_THAN ? "above" : "below") + " it,";
        StringBuilder b = new StringBuilder();
        b.append("Calibrated over ").append(tried()).append(", ").append(points.get(0).figure().of()).append(" seeds a point (")
                .append(measure.label()).append("): ");
        List<GridPoint> within = points.stream().filter(this::within).toList();
        if (history == null) {
            b.append("the record gives no figure to reach");
        } else if (within.isEmpty()) {
            b.append(holds).append(" at no value tried");
        } else if (within.size() == points.size()) {
            b.append(holds).append(" at every value tried");
        } else {
            b.append(holds).append(" for ").append(where(within))
                    .append(keys.size() == 1 ? " and no other value tried" : ", and at no other point tried");
        }
        List<GridPoint> measured = points.stream().filter(p -> p.figure().value() != null).toList();
        if (measured.isEmpty()) {
            b.append("; no point gave the figure.");
            return b.toString();
        }
        GridPoint low = measured.stream().min(java.util.Comparator.comparingDouble(p -> p.figure().value())).orElseThrow();
        GridPoint high = measured.stream().max(java.util.Comparator.comparingDouble(p -> p.figure().value())).orElseThrow();
        String centre = low.figure().centre();
        if (low.figure().value().equals(high.figure().value())) {
            b.append("; our ").append(centre).append(" is ").append(Estimate.format(low.figure().value())).append(unit)
                    .append(" at every point that gave it");
        } else {
            b.append("; our ").append(centre).append(" ranges from ").append(Estimate.format(low.figure().value())).append(unit)
                    .append(" at ").append(at(low)).append(" to ").append(Estimate.format(high.figure().value())).append(unit)
                    .append(" at ").append(at(high));
        }
        if (history != null && within.isEmpty()) {
            GridPoint near = measured.stream().min(java.util.Comparator.comparingDouble(p -> Math.abs(p.figure().value() - history)))
                    .orElseThrow();
            Estimate e = near.figure();
            b.append(", nearest history at ").append(at(near)).append(", where our ").append(e.centre()).append(" is ")
                    .append(Estimate.format(e.value())).append(unit);
            if (e.low() != null) {
                b.append(" (95 % CI ").append(Estimate.format(e.low())).append("–").append(Estimate.format(e.high())).append(')');
            }
        }
        int missing = (int) points.stream().filter(p -> p.figure().seeds() < p.figure().of()).count();
        if (missing > 0) {
            b.append("; at ").append(missing).append(" of ").append(points.size())
                    .append(" points some seeds gave no figure and are counted out");
        }
        return b.append('.').toString();
    }

    /** "training.examplesPerClass 5 to 30 (6 values)" or "a 3 x 4 grid of k1 (a to b) and k2 (c to d)". */
    private String tried() {
        if (keys.size() == 1) {
            return keys.get(0) + " " + span(0) + " (" + points.size() + " values)";
        }
        return "a grid of " + keys.get(0) + " (" + span(0) + ") and " + keys.get(1) + " (" + span(1) + "), " + points.size()
                + " points";
    }

    private String span(int key) {
        List<String> values = points.stream().map(p -> p.values().get(key)).distinct().toList();
        return values.size() == 1 ? values.get(0) : values.get(0) + " to " + values.get(values.size() - 1);
    }

    private String at(GridPoint p) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            parts.add(keys.get(i) + " " + p.values().get(i));
        }
        return String.join(", ", parts);
    }

    /** The points {@code within}, consecutive runs of one key's values joined: "training.examplesPerClass 8–14 and 20". */
    private String where(List<GridPoint> within) {
        if (keys.size() == 2) {
            List<String> at = within.stream().map(p -> "(" + String.join(", ", p.values()) + ")").toList();
            String list = at.size() <= 6 ? String.join(", ", at) : String.join(", ", at.subList(0, 6)) + " and " + (at.size() - 6)
                    + " more";
            return "(" + keys.get(0) + ", " + keys.get(1) + ") = " + list;
        }
        List<String> runs = new ArrayList<>();
        int i = 0;
        while (i < points.size()) {
            if (!within(points.get(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < points.size() && within(points.get(j + 1))) {
                j++;
            }
            String first = points.get(i).values().get(0);
            runs.add(j == i ? first : first + "–" + points.get(j).values().get(0));
            i = j + 1;
        }
        return keys.get(0) + " " + (runs.size() == 1 ? runs.get(0)
                : String.join(", ", runs.subList(0, runs.size() - 1)) + " and " + runs.get(runs.size() - 1));
    }

    private static String cell(Double v) {
        // the estimate's six significant digits, written whole so that the sheet reads back to the same figures
        return v == null ? "" : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static Double number(String s) {
        return s.isEmpty() ? null : Double.valueOf(s);
    }
}
