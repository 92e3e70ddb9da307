package org.mark1.experiment;

import java.util.function.Function;
import org.mark1.io.Keyword;

/**
 * A figure one run gives, the same for every seed, so that it can be averaged over seeds and set
 * beside the figure history reports. Accuracies are in percent.
 */
public enum Measure implements Keyword {
    /** Presentations made before the first error-free pass began; none when no such pass came. */
    PRESENTATIONS_TO_LEARN("presentations before the first error-free pass", "presentations", SeedRow::presentationsToLearn),
    /** Errors made during the whole of training. */
    ERRORS("errors during training", "errors", r -> (double) r.errors()),
    /** Training stimuli answered rightly after training. */
    TRAIN_ACCURACY("accuracy on the training stimuli after training", "%", SeedRow::trainAccuracy),
    /** Fresh stimuli, never shown in training, answered rightly after training. */
    FRESH_ACCURACY("accuracy on fresh stimuli after training", "%", SeedRow::freshAccuracy),
    /** Mean number of A-units firing per training stimulus. */
    ACTIVE_A_UNITS("A-units firing per training stimulus", "A-units", SeedRow::activeAUnits),
    /** Training stimuli answered rightly by the trained machine with half its A-units removed (a lesion study). */
    HALF_REMOVED_ACCURACY("accuracy on the training stimuli with half the A-units removed", "%",
            SeedRow::halfRemovedAccuracy),
    /** First training stimuli still answered rightly after a second course of training on other classes. */
    RETAINED_ACCURACY("accuracy on the first training stimuli after retraining on others", "%", SeedRow::retainedAccuracy);

    private final String label;
    private final String unit;
    private final Function<SeedRow, Double> value;

    Measure(String label, String unit, Function<SeedRow, Double> value) {
        this.label = label;
        this.unit = unit;
        this.value = value;
    }

    /** What the figure is, for people. */
    public String label() {
        return label;
    }

    /** Its unit: "%", "presentations", ... */
    public String unit() {
        return unit;
    }

    /** The figure of one run, or null when the run has none (no error-free pass, no fresh stimuli). */
    public Double of(SeedRow row) {
        return value.apply(row);
    }

    /** Whether only some scenarios give the figure (a lesion study's), so that reports leave it out where none does. */
    public boolean optional() {
        return this == HALF_REMOVED_ACCURACY || this == RETAINED_ACCURACY;
    }

    /** The largest value the figure can take, for checking a historical value. */
    double max() {
        return unit.equals("%") ? 100 : 1e12;
    }
}
