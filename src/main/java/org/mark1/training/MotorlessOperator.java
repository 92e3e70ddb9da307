package org.mark1.training;

import org.mark1.machine.Answer;
import org.mark1.machine.MarkOne;

/**
 * An operator whose weights are real numbers outside the machine ({@link IdealTrainer},
 * {@link NetworkTrainer}): no motor turns, so nothing is ever in flight, and each showing costs the
 * Mark I's presentation time. The retina and the A-units are the machine's; what answers is the
 * subclass's.
 */
abstract class MotorlessOperator implements Operator {

    protected final MarkOne machine;
    private int trials;

    MotorlessOperator(MarkOne machine) {
        this.machine = machine;
    }

    /** The answer of the real weights to the firing A-units {@code active}. */
    protected abstract Answer answer(int[] active);

    /** Counts a showing; returns its number, from 0. */
    protected int nextTrial() {
        return trials++;
    }

    @Override
    public Answer test(Presentation p) {
        nextTrial();
        machine.settle(p.light());
        return answer(machine.activeUnits(machine.fire()));
    }

    @Override
    public long simulatedMicros() {
        return trials * 1000L * machine.config().presentationMillis();
    }

    @Override
    public void finish() {
        // No motors.
    }
}
