package org.mark1.training;

import org.mark1.learning.LearningRule;
import org.mark1.machine.Answer;
import org.mark1.machine.MarkOne;
import org.mark1.machine.Reinforcement;

/**
 * The plain loop, the fast path: each presentation is answered and its reinforcement carried out
 * at once, as if the motors were infinitely fast. With ideal timing (motors finish before the next
 * stimulus) it gives exactly the pots of the timed {@link Session}.
 */
public final class Trainer implements Operator {

    private final MarkOne machine;
    private final LearningRule rule;
    private int trials;

    public Trainer(MarkOne machine, LearningRule rule) {
        this.machine = machine;
        this.rule = rule;
    }

    @Override
    public TrialResult present(Presentation p) {
        int lit = machine.settle(p.light());
        Answer answer = machine.respond(machine.fire());
        Reinforcement pulse = rule.reinforce(answer, p.wanted());
        machine.apply(pulse);
        return new TrialResult(trials++, p.label(), lit, answer.active(), answer.lamps(),
                answer.correct(p.wanted()), pulse.pots().length);
    }

    @Override
    public Answer test(Presentation p) {
        trials++;
        return machine.answer(p.light());
    }

    @Override
    public long simulatedMicros() {
        return trials * 1000L * machine.config().presentationMillis();
    }

    @Override
    public void finish() {
        // Nothing is in flight: every pulse was carried out at once.
    }
}
