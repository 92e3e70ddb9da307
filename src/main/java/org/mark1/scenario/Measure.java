package org.mark1.scenario;

import org.mark1.io.Keyword;

/**
 * A figure one run gives, the same for every seed, so that it can be averaged over seeds and set
 * beside the figure history reports. Accuracies are in percent.
 */
public enum Measure implements Keyword {
    /** Presentations made before the first error-free pass began; none when no such pass came. */
    PRESENTATIONS_TO_LEARN("presentations before the first error-free pass", "presentations"),
    /** Errors made during the whole of training. */
    ERRORS("errors during training", "errors"),
    /** Training stimuli answered rightly after training. */
    TRAIN_ACCURACY("accuracy on the training stimuli after training", "%"),
    /** Fresh stimuli, never shown in training, answered rightly after training. */
    FRESH_ACCURACY("accuracy on fresh stimuli after training", "%"),
    /** Mean number of A-units firing per training stimulus. */
    ACTIVE_A_UNITS("A-units firing per training stimulus", "A-units"),
    /** Training stimuli answered rightly by the trained machine with half its A-units removed (a lesion study). */
    HALF_REMOVED_ACCURACY("accuracy on the training stimuli with half the A-units removed", "%"),
    /** First training stimuli still answered rightly after a second course of training on other classes. */
    RETAINED_ACCURACY("accuracy on the first training stimuli after retraining on others", "%");

    private final String label;
    private final String unit;

    Measure(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    /** What the figure is, for people. */
    public String label() {
        return label;
    }

    /** Its unit: "%", "presentations", ... */
    public String unit() {
        return unit;
    }


    /** Whether only some scenarios give the figure (a lesion study's), so that reports leave it out where none does. */
    public boolean optional() {
        return this == HALF_REMOVED_ACCURACY || this == RETAINED_ACCURACY;
    }

    /** The largest value the figure can take, for checking a historical value. */
    public double max() {
        return unit.equals("%") ? 100 : 1e12;
    }
}
