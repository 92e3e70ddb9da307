package org.mark1.io;

import java.util.List;

/**
 * One record of a CSV sheet as {@link CsvText} reads it: its cells, unquoted and stripped of
 * surrounding spaces, and the line of the file it starts on (a quoted line break makes a record
 * span lines, so this is not its index).
 *
 * @param line  the line of the file the record starts on, from 1
 * @param cells the cells, left to right
 */
public record CsvRecord(int line, List<String> cells) {

    public CsvRecord {
        cells = List.copyOf(cells);
    }

    /** Number of cells. */
    public int size() {
        return cells.size();
    }

    /** The cell at {@code index}, from 0. */
    public String cell(int index) {
        return cells.get(index);
    }
}
