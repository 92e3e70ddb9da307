package org.mark1.machine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.CombinationSampler;
import org.apache.commons.rng.sampling.PermutationSampler;
import org.mark1.io.CsvText;
import org.mark1.io.InputError;

/**
 * The S-to-A plugboard: for each A-unit, the photocells plugged into its excitatory and its
 * inhibitory inputs. On the Mark I it was wired by hand from a table of random numbers and left
 * fixed for an experiment; no photocell fed more than 40 A-units [WP, TAPPERT, BISHOP].
 *
 * <h2>Seeding</h2>
 * {@link #random} draws A-unit after A-unit, each taking {@code x + y} distinct photocells with a
 * {@link CombinationSampler} over the photocells that still have a free socket, then shuffling them
 * ({@link PermutationSampler#shuffle}) and taking the first {@code x} as excitatory. The shuffle
 * matters: a {@code CombinationSampler} sample comes in no specified order, and on a small retina it
 * comes nearly in photocell order, so that the lowest-numbered free cells would always be
 * excitatory. Shuffled, every wired photocell is excitatory with probability {@code x/(x+y)}
 * (a chi-square test over many boards checks it). All draws come from the one WIRING stream, A-unit
 * after A-unit: the same stream gives the same board.
 *
 * <p>The board can be written as a sheet a person can read ({@link #toCsv}: A-unit, photocell row
 * and column, sign; all counted from 0) and loaded back ({@link #fromCsv}).
 */
public final class Plugboard {

    /** Header of the wiring sheet. */
    public static final String CSV_HEADER = "a_unit,row,column,sign";
    /** The wiring sheet's columns, as its header names them. */
    public static final List<String> CSV_COLUMNS = List.of("a_unit", "row", "column", "sign");

    private final int rows;
    private final int columns;
    private final int[][] excitatory;
    private final int[][] inhibitory;

    private Plugboard(int rows, int columns, int[][] excitatory, int[][] inhibitory) {
        this.rows = rows;
        this.columns = columns;
        this.excitatory = excitatory;
        this.inhibitory = inhibitory;
    }

    /** Wires a board at random within the fan-out limit. */
    public static Plugboard random(MachineConfig config, UniformRandomProvider rng) {
        int cells = config.photocells();
        int fanIn = config.excitatory() + config.inhibitory();
        int[] fanOut = new int[cells];
        // free[0..nFree) are the photocells with a free socket; kept unordered, updated by swap-removal.
        int[] free = new int[cells];
        int[] where = new int[cells];
        for (int i = 0; i < cells; i++) {
            free[i] = i;
            where[i] = i;
        }
        int nFree = cells;
        int[][] exc = new int[config.associationUnits()][];
        int[][] inh = new int[config.associationUnits()][];
        for (int a = 0; a < exc.length; a++) {
            if (nFree < fanIn) {
                throw new InputError("cannot wire A-unit " + a + ": only " + nFree + " photocells have a free socket "
                        + "under maxFanOut " + config.maxFanOut() + "; lower excitatory + inhibitory or raise maxFanOut");
            }
            int[] picks = new CombinationSampler(rng, nFree, fanIn).sample();
            int[] chosen = new int[fanIn];
            for (int k = 0; k < fanIn; k++) {
                chosen[k] = free[picks[k]];
            }
            PermutationSampler.shuffle(rng, chosen);
            for (int cell : chosen) {
                if (++fanOut[cell] == config.maxFanOut()) {
                    int at = where[cell];
                    int last = free[--nFree];
                    free[at] = last;
                    where[last] = at;
                }
            }
            exc[a] = sorted(Arrays.copyOfRange(chosen, 0, config.excitatory()));
            inh[a] = sorted(Arrays.copyOfRange(chosen, config.excitatory(), fanIn));
        }
        return new Plugboard(config.rows(), config.columns(), exc, inh);
    }

    private static int[] sorted(int[] a) {
        Arrays.sort(a);
        return a;
    }

    public int associationUnits() {
        return excitatory.length;
    }

    public int photocells() {
        return rows * columns;
    }

    /** The photocells on A-unit {@code a}'s excitatory inputs (a copy, ascending). */
    public int[] excitatory(int a) {
        return excitatory[a].clone();
    }

    /** The photocells on A-unit {@code a}'s inhibitory inputs (a copy, ascending). */
    public int[] inhibitory(int a) {
        return inhibitory[a].clone();
    }

    /** How many A-units each photocell feeds. */
    public int[] fanOut() {
        int[] f = new int[photocells()];
        for (int a = 0; a < excitatory.length; a++) {
            for (int c : excitatory[a]) {
                f[c]++;
            }
            for (int c : inhibitory[a]) {
                f[c]++;
            }
        }
        return f;
    }

    /** The wiring sheet: one line per plug. */
    public String toCsv() {
        CsvText sheet = new CsvText(CSV_COLUMNS.toArray(String[]::new));
        for (int a = 0; a < excitatory.length; a++) {
            addPlugs(sheet, a, excitatory[a], '+');
            addPlugs(sheet, a, inhibitory[a], '-');
        }
        return sheet.text();
    }

    private void addPlugs(CsvText sheet, int a, int[] cells, char sign) {
        for (int c : cells) {
            sheet.row(a, c / columns, c % columns, sign);
        }
    }

    /**
     * Loads a wiring sheet written by {@link #toCsv}; every plug must fit {@code config} (retina
     * size, number of A-units, x and y per unit, fan-out limit). {@code source} names the sheet in
     * error messages.
     */
    public static Plugboard fromCsv(String source, String text, MachineConfig config) {
        int units = config.associationUnits();
        List<List<Integer>> exc = new ArrayList<>();
        List<List<Integer>> inh = new ArrayList<>();
        for (int a = 0; a < units; a++) {
            exc.add(new ArrayList<>());
            inh.add(new ArrayList<>());
        }
        int[] fanOut = new int[config.photocells()];
        boolean[] started = {false};
        CsvText.read(source, text, record -> {
            if (!started[0]) {
                started[0] = true;
                if (!record.cells().equals(CSV_COLUMNS)) {
                    throw InputError.at(source, record.line(), 1, "a wiring sheet starts with the header '" + CSV_HEADER + "'");
                }
                return;
            }
            int line = record.line();
            if (record.size() != 4) {
                throw InputError.at(source, line, 1, "expected 4 fields (" + CSV_HEADER + "), found " + record.size());
            }
            int a = field(source, line, record.cell(0), "a_unit", units - 1);
            int row = field(source, line, record.cell(1), "row", config.rows() - 1);
            int col = field(source, line, record.cell(2), "column", config.columns() - 1);
            int cell = row * config.columns() + col;
            String sign = record.cell(3);
            if (!sign.equals("+") && !sign.equals("-")) {
                throw InputError.at(source, line, 1, "sign '" + InputError.excerpt(sign) + "' must be + (excitatory) or - (inhibitory)");
            }
            if (exc.get(a).contains(cell) || inh.get(a).contains(cell)) {
                throw InputError.at(source, line, 1, "A-unit " + a + " is plugged twice into photocell (" + row + "," + col + ")");
            }
            if (++fanOut[cell] > config.maxFanOut()) {
                throw InputError.at(source, line, 1, "photocell (" + row + "," + col + ") feeds more than maxFanOut = "
                        + config.maxFanOut() + " A-units; the Mark I allowed at most 40");
            }
            (sign.equals("+") ? exc : inh).get(a).add(cell);
        });
        if (!started[0]) {
            throw InputError.at(source, 1, 1, "a wiring sheet starts with the header '" + CSV_HEADER + "'");
        }
        int[][] e = new int[units][];
        int[][] i = new int[units][];
        for (int a = 0; a < units; a++) {
            if (exc.get(a).size() != config.excitatory() || inh.get(a).size() != config.inhibitory()) {
                throw new InputError(source + ": A-unit " + a + " has " + exc.get(a).size() + " excitatory and "
                        + inh.get(a).size() + " inhibitory plugs; the machine expects excitatory = " + config.excitatory()
                        + ", inhibitory = " + config.inhibitory() + " (set them in the scenario's machine section)");
            }
            e[a] = exc.get(a).stream().mapToInt(Integer::intValue).sorted().toArray();
            i[a] = inh.get(a).stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        return new Plugboard(config.rows(), config.columns(), e, i);
    }

    private static int field(String source, int line, String text, String name, int max) {
        try {
            int v = Integer.parseInt(text.strip());
            if (v < 0 || v > max) {
                throw InputError.at(source, line, 1, name + " " + v + " is out of range; allowed: 0 to " + max);
            }
            return v;
        } catch (NumberFormatException e) {
            throw InputError.at(source, line, 1, name + " '" + InputError.excerpt(text) + "' is not a whole number");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Plugboard p && rows == p.rows && columns == p.columns
                && Arrays.deepEquals(excitatory, p.excitatory) && Arrays.deepEquals(inhibitory, p.inhibitory);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(excitatory) + Arrays.deepHashCode(inhibitory);
    }
}
