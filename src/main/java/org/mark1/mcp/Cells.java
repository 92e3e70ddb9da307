package org.mark1.mcp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Covers the patterns of a compiled net's older atoms (bit i of a pattern: atom i fired) by cells,
 * each a conjunction of atoms and negated atoms that becomes one neuron firing at t−1. Each pattern
 * carries a label: how many endings its cell must add to the output neuron, or {@link #VETO}.
 *
 * <p>Cells are first cut by a decision tree, so they are disjoint and the output neuron may add
 * their endings. Two kinds of cell may then grow and overlap, since overlapping them changes nothing:
 * cells that alone bring the output to its threshold (more endings cannot undo that), and vetoes.
 * Each grows by dropping conditions while it stays inside patterns of its own kind; duplicates go.
 */
final class Cells {
    static final int VETO = -1;

    /** Patterns with {@code (y & fixed) == values}, adding {@code label} endings (or vetoing). */
    record Cell(int fixed, int values, int label) {
        boolean within(Cell other) {
            return (fixed & other.fixed) == other.fixed && (values & other.fixed) == other.values;
        }
    }

    private final int[] labels;
    private final int enough;
    private final int limit;
    private final List<Cell> cells = new ArrayList<>();

    private Cells(int[] labels, int enough, int limit) {
        this.labels = labels;
        this.enough = enough;
        this.limit = limit;
    }

    /** The cells for {@code labels}; {@code enough} endings fire the output alone; null beyond {@code limit} cells. */
    static List<Cell> cover(int[] labels, int enough, int limit) {
        Cells c = new Cells(labels, enough, limit);
        if (!c.split(0, 0)) {
            return null;
        }
        List<Cell> grown = new ArrayList<>();
        for (Cell cell : c.cells) {
            Cell g = c.grow(cell);
            if (grown.stream().noneMatch(g::within)) {
                grown.removeIf(other -> other.within(g));
                grown.add(g);
            }
        }
        return grown;
    }

    private boolean split(int fixed, int values) {
        int free = labels.length - 1 & ~fixed;
        if (uniform(free, values, label -> label == labels[values])) {
            if (labels[values] != 0) {
                cells.add(new Cell(fixed, values, labels[values]));
            }
            return cells.size() <= limit;
        }
        int v = 0;
        while (!matters(free, values, v)) {
            v++;
        }
        return split(fixed | 1 << v, values) && split(fixed | 1 << v, values | 1 << v);
    }

    /** Whether every pattern of the cell (all subsets of the free bits, added to values) passes. */
    private boolean uniform(int free, int values, IntPredicate test) {
        for (int sub = free; ; sub = sub - 1 & free) {
            if (!test.test(labels[values | sub])) {
                return false;
            }
            if (sub == 0) {
                return true;
            }
        }
    }

    private boolean matters(int free, int values, int v) {
        if ((free >> v & 1) == 0) {
            return false;
        }
        int others = free & ~(1 << v);
        for (int sub = others; ; sub = sub - 1 & others) {
            if (labels[values | sub] != labels[values | sub | 1 << v]) {
                return true;
            }
            if (sub == 0) {
                return false;
            }
        }
    }

    private Cell grow(Cell cell) {
        boolean alone = cell.label() == VETO || cell.label() >= enough;
        if (!alone) {
            return cell;
        }
        IntPredicate sameKind = cell.label() == VETO ? l -> l == VETO : l -> l >= enough;
        Cell c = cell;
        for (int v = 0; v < 31; v++) {
            if ((c.fixed() >> v & 1) != 0) {
                int fixed = c.fixed() & ~(1 << v);
                int values = c.values() & ~(1 << v);
                if (uniform(labels.length - 1 & ~fixed, values, sameKind)) {
                    c = new Cell(fixed, values, cell.label() == VETO ? VETO : enough);
                }
            }
        }
        return c;
    }
}
