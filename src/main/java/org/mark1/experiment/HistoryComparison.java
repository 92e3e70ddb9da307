package org.mark1.experiment;

import org.mark1.scenario.HistorySpec;

/** Sets a historical figure beside ours and says, in words, how they stand. */
public final class HistoryComparison {

    private HistoryComparison() {
    }

    /** How history's figure stands against our estimate over seeds (or one seed's figure). */
    public static String verdict(HistorySpec h, Estimate ours) {
        if (h.value() == null) {
            return "the record gives no figure to compare";
        }
        if (ours.mean() == null) {
            return "none of our " + ours.of() + " seeds gave this figure";
        }
        double v = h.value();
        if (ours.covers(v)) {
            return "history's figure lies within our 95 % interval";
        }
        if (v >= ours.min() && v <= ours.max()) {
            return ours.seeds() == 1 ? "history's figure equals ours"
                    : "history's figure lies within the range of our seeds, outside the 95 % interval of our " + ours.centre();
        }
        return v < ours.min() ? "history's figure is below every one of our seeds'" : "history's figure is above every one of our seeds'";
    }

    /** History's figure with its unit, or "none recorded". */
    public static String historical(HistorySpec h) {
        if (h.value() == null) {
            return "none recorded";
        }
        return Estimate.format(h.value()) + (h.measure().unit().equals("%") ? " %" : " " + h.measure().unit());
    }
}
