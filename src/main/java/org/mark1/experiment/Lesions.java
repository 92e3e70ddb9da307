package org.mark1.experiment;

import org.mark1.scenario.LesionSpec;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.PermutationSampler;
import org.mark1.machine.MachineState;
import org.mark1.machine.MarkOne;
import org.mark1.training.Presentation;

/**
 * Carries out a {@link LesionSpec} on a trained machine: removes growing fractions of its A-units
 * (sets their pots to the middle, where they add nothing to any R-unit's sum) and measures the
 * accuracy on the training and the fresh stimuli at each; then puts the machine back as it was.
 */
final class Lesions {

    private Lesions() {
    }

    static Summary.Lesion measure(LesionSpec spec, MarkOne machine, UniformRandomProvider rng, StimulusSet training,
            StimulusSet fresh) {
        MachineState trained = MachineState.of(machine);
        int units = machine.config().associationUnits();
        int[] order = new PermutationSampler(rng, units, units).sample();
        List<Summary.LesionPoint> points = new ArrayList<>();
        for (double fraction : spec.fractions()) {
            int removed = (int) Math.round(fraction * units);
            trained.restoreInto(machine);
            for (int i = 0; i < removed; i++) {
                machine.pots().set(order[i], 0);
            }
            points.add(new Summary.LesionPoint(fraction, removed, accuracy(machine, training),
                    fresh.size() == 0 ? null : accuracy(machine, fresh)));
        }
        trained.restoreInto(machine);
        return new Summary.Lesion(points);
    }

    private static double accuracy(MarkOne machine, StimulusSet set) {
        int right = 0;
        for (Presentation p : set.presentations()) {
            right += machine.answer(p.light()).correct(p.wanted()) ? 1 : 0;
        }
        return (double) right / set.size();
    }
}
