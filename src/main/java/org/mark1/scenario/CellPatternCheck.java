package org.mark1.scenario;

import java.awt.geom.Rectangle2D;
import java.util.List;
import org.mark1.io.InvalidValue;
import org.mark1.machine.RandomStreams;
import org.mark1.stimulus.CellPattern;
import org.mark1.stimulus.CellPatternMaker;

/**
 * Refuses, before a run, a class of {@link CellPattern} cards that cannot be drawn: cells off the
 * retina, a region past its edge, a predicate no card satisfies, or one so rare that random dots
 * would seldom meet it ({@value #CHECK_DRAWS} trial draws on a stream of their own, never the run's,
 * must meet it at least {@value #LEAST_HITS} times).
 */
final class CellPatternCheck {

    /** Trial draws of random dots per class (our choice). */
    static final int CHECK_DRAWS = 1_000;
    /** Least trial draws that must satisfy the predicate: about 1 %, so that {@link CellPatternMaker#ATTEMPTS} never runs out in practice. */
    static final int LEAST_HITS = 10;
    /** The trial draws' master seed: fixed, so a scenario is accepted or refused the same way every time. */
    private static final long CHECK_SEED = 1969;

    private CellPatternCheck() {
    }

    static void check(Scenario.ClassSpec c, String at, List<Scenario.ClassSpec> earlier, int rows, int columns) {
        CellPattern p = c.pattern();
        if (p.cells() != null) {
            for (int i = 0; i < p.cells().size(); i++) {
                List<Integer> cell = p.cells().get(i);
                if (cell.get(0) >= rows || cell.get(1) >= columns) {
                    throw new InvalidValue(at + "cells/" + i, cell + " is off the " + rows + " x " + columns
                            + " retina; allowed: rows 0 to " + (rows - 1) + ", columns 0 to " + (columns - 1));
                }
            }
        } else {
            Rectangle2D r = p.dots().region().on(rows, columns);
            if (r.getMaxX() > columns || r.getMaxY() > rows) {
                throw new InvalidValue(at + "dots/region", "reaches past the " + rows + " x " + columns
                        + " retina; allowed: x + width up to " + columns + ", y + height up to " + rows);
            }
        }
        CellPatternMaker maker = new CellPatternMaker(rows, columns, p);
        if (p.cells() != null && maker.namedCards().isEmpty()) {
            throw new InvalidValue(at + "cells", "no choice of lit cells among " + p.cells() + " is " + p.describe()
                    + "; change the cells or the predicate");
        }
        if (p.dots() != null) {
            if (maker.regionSize() < p.dots().count().max()) {
                throw new InvalidValue(at + "dots/count", p.dots().count().max() + " dots do not fit "
                        + p.dots().region().describe(rows, columns) + " (" + maker.regionSize() + " whole cells); allowed: up to "
                        + maker.regionSize());
            }
            double rate = maker.acceptance(new RandomStreams(CHECK_SEED).open(RandomStreams.Stream.STIMULUS_JITTER),
                    CHECK_DRAWS);
            if (rate * CHECK_DRAWS < LEAST_HITS) {
                throw new InvalidValue(at + "dots", "class '" + c.name() + "': only " + Math.round(rate * CHECK_DRAWS)
                        + " of " + CHECK_DRAWS + " random draws are " + p.describe() + ", too rare to draw (at least "
                        + LEAST_HITS + " needed); change the count or the region");
            }
        }
        for (Scenario.ClassSpec e : earlier) {
            if (p.equals(e.pattern())) {
                throw new InvalidValue(at.substring(0, at.length() - 1), "class '" + c.name() + "' has the same pattern as class '"
                        + e.name() + "'; a card cannot belong to two classes");
            }
        }
    }
}
