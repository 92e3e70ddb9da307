package org.mark1.experiment;

import org.mark1.scenario.HistoryRelation;
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
        if (h.stated() != HistoryRelation.ABOUT) {
            return bound(h.stated(), v, ours);
        }
        if (ours.covers(v)) {
            return "history's figure lies within our 95 % interval";
        }
        if (v >= ours.min() && v <= ours.max()) {
            return ours.seeds() == 1 ? "history's figure equals ours"
                    : "history's figure lies within the range of our seeds, outside the 95 % interval of our " + ours.centre();
        }
        return v < ours.min() ? "history's figure is below every one of our seeds'" : "history's figure is above every one of our seeds'";
    }

    /** Where the record states a bound: does our whole 95 % interval lie on its side, on the other, or across it? */
    private static String bound(HistoryRelation r, double v, Estimate ours) {
        if (ours.low() == null) {
            return "too few seeds for a 95 % interval to set beside the record's bound";
        }
        boolean above = r == HistoryRelation.MORE_THAN;
        Boolean holds = holds(r, v, ours);
        if (holds == null) {
            return "our 95 % interval reaches across the record's bound";
        }
        String side = (holds == above) ? "above" : "below";
        return "our 95 % interval lies " + side + " the record's bound: " + (holds ? "as the record says" : "against the record");
    }

    /**
     * Whether the record holds for {@code ours}: true where history's value lies within our 95 %
     * interval (a value reached) or our whole interval lies on the record's side of its bound, false
     * where it does not (for a bound: our whole interval on the other side), null for a bound our
     * interval reaches across, or without an interval.
     */
    public static Boolean holds(HistoryRelation r, double v, Estimate ours) {
        if (ours.low() == null) {
            return r == HistoryRelation.ABOUT ? false : null;
        }
        return switch (r) {
            case ABOUT -> ours.covers(v);
            case MORE_THAN -> ours.low() > v ? Boolean.TRUE : ours.high() <= v ? Boolean.FALSE : null;
            case LESS_THAN -> ours.high() < v ? Boolean.TRUE : ours.low() >= v ? Boolean.FALSE : null;
        };
    }

    /** History's figure with its unit ("85 %", "more than 80 %", "below 100 %"), or "none recorded". */
    public static String historical(HistorySpec h) {
        if (h.value() == null) {
            return "none recorded";
        }
        return h.stated().words() + Estimate.format(h.value()) + (h.measure().unit().equals("%") ? " %" : " " + h.measure().unit());
    }
}
