package org.mark1.scenario;

import org.mark1.io.Keyword;

/**
 * How the record states its figure: as a value reached ("about 50 trials", "85 percent"), as a
 * bound exceeded ("more than 80 percent") or as a bound never reached ("cannot compute parity":
 * below 100 %). It decides what "the record holds for ours" means.
 */
public enum HistoryRelation implements Keyword {
    /** The record gives a value: ours agrees when the value lies within our 95 % interval. */
    ABOUT(""),
    /** The record gives a lower bound: ours agrees when our whole 95 % interval lies above it. */
    MORE_THAN("more than "),
    /** The record gives a bound never reached: ours agrees when our whole 95 % interval lies below it. */
    LESS_THAN("below ");

    private final String words;

    HistoryRelation(String words) {
        this.words = words;
    }

    /** "more than ", "below " or nothing, to stand before the figure. */
    public String words() {
        return words;
    }
}
