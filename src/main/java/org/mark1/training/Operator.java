package org.mark1.training;

import org.mark1.machine.Answer;

/**
 * Whoever works the machine through an experiment: shows a stimulus and has it reinforced, or shows
 * one only to read the answer. The plain {@link Trainer} and the timed {@link Session} both do.
 */
public interface Operator {

    /** Shows a training stimulus, lets the machine answer and the rule reinforce it. */
    TrialResult present(Presentation p);

    /** Shows a stimulus without reinforcement (evaluation); the pots do not move. */
    Answer test(Presentation p);

    /** Simulated machine time so far, in microseconds: what the run would have taken on the Mark I. */
    long simulatedMicros();

    /** Lets every motor come to rest. */
    void finish();
}
