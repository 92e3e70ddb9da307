package org.mark1.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mark1.io.InputError;

/**
 * One {@code --vary KEY=RANGE} of a calibration: a scenario key, as {@code --set} names it, and the
 * values it takes, from a range {@code 5..60:5} (first, last, step; {@code 5..60} steps by 1) or a
 * list {@code futural,timesr}. Decimal ranges are counted exactly ({@code 0.1..0.5:0.1} gives five
 * values, written as typed).
 *
 * @param key    the key's path, or a machine parameter's name
 * @param values the values in order, each as it is given to {@code --set KEY=}
 */
public record CalibrationAxis(String key, List<String> values) {

    /** Most points a calibration's grid may hold. */
    public static final int MAX_POINTS = 10_000;

    private static final String KEY = "[A-Za-z][A-Za-z0-9]{0,63}(\\.([A-Za-z][A-Za-z0-9]{0,63}|\\d{1,6})){0,7}";
    private static final String NUMBER = "-?\\d{1,12}(\\.\\d{1,9})?";
    private static final String VALUE = "[A-Za-z0-9_.+-]{1,64}";

    public CalibrationAxis {
        values = List.copyOf(values);
    }

    /** Reads {@code KEY=RANGE}; a mistake is an {@link InputError} naming the --vary and the fix. */
    public static CalibrationAxis parse(String text) {
        int eq = text.indexOf('=');
        String key = eq < 0 ? text : text.substring(0, eq);
        if (eq <= 0 || !key.matches(KEY)) {
            throw new InputError("--vary " + InputError.excerpt(text) + ": write KEY=RANGE, KEY a scenario key as --set names it "
                    + "and RANGE like 5..60:5 or a list like futural,timesr (e.g. --vary training.examplesPerClass=5..30:5)");
        }
        String range = text.substring(eq + 1);
        String head = "--vary " + key + "=" + InputError.excerpt(range) + ": ";
        if (range.isEmpty()) {
            throw new InputError(head + "the range is empty; give values like 5..60:5 or a,b,c");
        }
        if (range.contains("..")) {
            return new CalibrationAxis(key, range(head, range));
        }
        List<String> list = Arrays.asList(range.split(",", -1));
        for (String v : list) {
            if (!v.matches(VALUE)) {
                throw new InputError(head + "'" + InputError.excerpt(v) + "' is not a value; write a list as a,b,c (letters, "
                        + "digits, '.', '_', '+', '-') or a range as FIRST..LAST:STEP");
            }
        }
        if (list.size() < 2) {
            throw new InputError(head + "one value is no range; give at least two (a,b or FIRST..LAST:STEP)");
        }
        if (list.size() > MAX_POINTS) {
            throw new InputError(head + list.size() + " values are too many; give at most " + MAX_POINTS);
        }
        if (list.stream().distinct().count() < list.size()) {
            throw new InputError(head + "a value appears twice; give each once");
        }
        return new CalibrationAxis(key, list);
    }

    private static List<String> range(String head, String range) {
        String[] parts = range.split("\\.\\.", -1);
        String[] last = parts.length == 2 ? parts[1].split(":", -1) : new String[0];
        if (parts.length != 2 || last.length > 2 || !parts[0].matches(NUMBER) || !last[0].matches(NUMBER)
                || last.length == 2 && !last[1].matches(NUMBER)) {
            throw new InputError(head + "write a range as FIRST..LAST:STEP with numbers, e.g. 5..60:5 (STEP 1 if left out)");
        }
        BigDecimal first = new BigDecimal(parts[0]);
        BigDecimal end = new BigDecimal(last[0]);
        BigDecimal step = last.length == 2 ? new BigDecimal(last[1]) : BigDecimal.ONE;
        if (step.signum() <= 0) {
            throw new InputError(head + "the step must be above 0; write FIRST..LAST:STEP with FIRST below LAST");
        }
        int order = first.compareTo(end);
        if (order > 0) {
            throw new InputError(head + "the range is reversed (" + first.toPlainString() + " is above " + end.toPlainString()
                    + "); write it from the smaller value up: " + end.toPlainString() + ".." + first.toPlainString());
        }
        if (order == 0) {
            throw new InputError(head + "the range holds one value; give a last value above the first");
        }
        BigDecimal count = end.subtract(first).divide(step, 0, java.math.RoundingMode.FLOOR).add(BigDecimal.ONE);
        if (count.compareTo(BigDecimal.valueOf(MAX_POINTS)) > 0) {
            throw new InputError(head + "holds " + count.toPlainString() + " values, more than " + MAX_POINTS
                    + "; give a larger step or a shorter range");
        }
        if (count.intValue() < 2) {
            throw new InputError(head + "the step " + step.toPlainString() + " is larger than the range; give a smaller step");
        }
        int scale = Math.max(first.scale(), step.scale());
        List<String> values = new ArrayList<>();
        for (int i = 0; i < count.intValue(); i++) {
            values.add(first.add(step.multiply(BigDecimal.valueOf(i))).setScale(Math.max(scale, 0)).toPlainString());
        }
        return values;
    }

    /** {@code KEY=RANGE} as it can be given again: the values as a list. */
    public String text() {
        return key + "=" + String.join(",", values);
    }
}
