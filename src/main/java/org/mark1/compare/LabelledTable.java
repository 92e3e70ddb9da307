package org.mark1.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mark1.io.CsvRecord;
import org.mark1.io.CsvText;
import org.mark1.io.InputError;
import org.mark1.io.TextFile;

/**
 * A user's table for {@code mark1 learn}: numeric feature columns, the last column the label. The
 * label is one of two classes, written as numbers (0/1, -1/1) or as names; the classes are sorted
 * (numerically when every label is a number, else by name, as scikit-learn does) and the second
 * is the positive one, whose lamp should light. A first row with anything but a number among its
 * features is a header; blank lines are skipped. The CSV is read by {@link CsvText}: quoted cells
 * (with commas, quotes or line breaks), CRLF line ends and a byte-order mark are read right. Every
 * mistake is an {@link InputError} naming the file and the line the record starts on.
 *
 * @param features the feature names (from the header, else x1, x2, ...)
 * @param rows     the features, row by row
 * @param classes  the two classes, negative first
 * @param positive for each row, whether its label is the positive class
 */
public record LabelledTable(List<String> features, double[][] rows, List<String> classes, boolean[] positive) {

    /** The largest table read. */
    public static final int MAX_BYTES = 256 * 1024 * 1024;

    /** Reads and checks a CSV file (a regular file of UTF-8 text, as {@link TextFile} reads it). */
    public static LabelledTable read(Path file) {
        return parse(file.toString(), TextFile.read(file, MAX_BYTES));
    }

    /** Parses the text of a CSV file called {@code name}. */
    public static LabelledTable parse(String name, String text) {
        List<String[]> cells = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        for (CsvRecord record : CsvText.read(name, text)) {
            cells.add(record.cells().toArray(String[]::new));
            lineNumbers.add(record.line());
        }
        if (cells.isEmpty()) {
            throw new InputError(name + ": the file is empty; give one row per example, features then a label");
        }
        int width = cells.get(0).length;
        if (width < 2) {
            throw InputError.at(name, lineNumbers.get(0), 1, "a row needs at least one feature and a label, separated by commas");
        }
        boolean header = !numbers(cells.get(0), width - 1);
        List<String> features = new ArrayList<>();
        for (int i = 0; i < width - 1; i++) {
            features.add(header ? cells.get(0)[i] : "x" + (i + 1));
        }
        int first = header ? 1 : 0;
        if (cells.size() == first) {
            throw new InputError(name + ": has a header row but no data rows; add rows below it");
        }
        double[][] rows = new double[cells.size() - first][width - 1];
        String[] labels = new String[rows.length];
        for (int r = first; r < cells.size(); r++) {
            String[] f = cells.get(r);
            int line = lineNumbers.get(r);
            if (f.length != width) {
                throw InputError.at(name, line, 1, "row has " + f.length + " fields but the first row has " + width
                        + "; every row needs the same columns");
            }
            for (int i = 0; i < width - 1; i++) {
                rows[r - first][i] = number(name, line, i, f[i]);
            }
            labels[r - first] = f[width - 1];
            if (labels[r - first].isEmpty()) {
                throw InputError.at(name, line, width, "the label (last column) is empty");
            }
        }
        return labelled(name, features, rows, labels);
    }

    private static LabelledTable labelled(String name, List<String> features, double[][] rows, String[] labels) {
        boolean numeric = Arrays.stream(labels).allMatch(LabelledTable::parses);
        // The class of a label: its value when all labels are numbers (1 and 1.0 are one class), else its text.
        java.util.function.Function<String, String> key = numeric ? l -> String.valueOf(Double.parseDouble(l)) : l -> l;
        java.util.Comparator<String> order = numeric
                ? java.util.Comparator.comparingDouble(Double::parseDouble) : java.util.Comparator.naturalOrder();
        java.util.TreeMap<String, String> classes = new java.util.TreeMap<>(order); // key -> spelling first seen
        for (String l : labels) {
            classes.putIfAbsent(key.apply(l), l);
        }
        if (classes.size() < 2) {
            throw new InputError(name + ": every row has the label '" + labels[0]
                    + "'; learning needs examples of two classes in the last column");
        }
        if (classes.size() > 2) {
            throw new InputError(name + ": the last column has " + classes.size() + " classes " + classes.values()
                    + "; mark1 learn tells two classes apart: relabel the rows as two classes");
        }
        String positiveKey = classes.lastKey();
        boolean[] positive = new boolean[labels.length];
        for (int r = 0; r < labels.length; r++) {
            positive[r] = key.apply(labels[r]).equals(positiveKey);
        }
        return new LabelledTable(List.copyOf(features), rows, List.copyOf(classes.values()), positive);
    }

    private static boolean parses(String s) {
        try {
            Double.parseDouble(s);
            return !s.isEmpty() && !s.endsWith("d") && !s.endsWith("D") && !s.endsWith("f") && !s.endsWith("F");
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean numbers(String[] f, int count) {
        for (int i = 0; i < Math.min(count, f.length); i++) {
            if (!parses(f[i])) {
                return false;
            }
        }
        return true;
    }

    private static double number(String name, int line, int column, String s) {
        if (!parses(s)) {
            throw InputError.at(name, line, column + 1, "'" + s + "' where a number should be (column " + (column + 1)
                    + "); features must be numbers");
        }
        double v = Double.parseDouble(s);
        if (!Double.isFinite(v)) {
            throw InputError.at(name, line, column + 1, "'" + s + "' is not a finite number; give a finite value");
        }
        return v;
    }

    /** Number of rows. */
    public int size() {
        return rows.length;
    }
}
