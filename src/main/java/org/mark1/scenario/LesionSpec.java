package org.mark1.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.mark1.io.InvalidValue;

/**
 * A lesion study, as a scenario's {@code lesion:} block asks for it: after training, the trained
 * machine is tested again with growing fractions of its A-units removed (their pots no longer reach
 * the R-units), in an order drawn from the LESIONS stream; each fraction removes the units of the
 * smaller ones and more, so that the curve follows one machine losing more and more. The trained
 * machine itself is left whole.
 *
 * @param fractions the fractions of A-units to remove, each from 0 to 1, in rising order
 */
public record LesionSpec(@JsonProperty(required = true) List<Double> fractions) {

    public LesionSpec {
        if (fractions == null || fractions.isEmpty() || fractions.size() > 101) {
            throw new InvalidValue("fractions", "give 1 to 101 fractions of A-units to remove, e.g. [0, 0.25, 0.5, 0.75]");
        }
        for (int i = 0; i < fractions.size(); i++) {
            if (fractions.get(i) == null) {
                throw new InvalidValue("fractions/" + i, "is empty; give a fraction from 0 to 1");
            }
            InvalidValue.requireRange("fractions/" + i, fractions.get(i), i == 0 ? 0.0 : fractions.get(i - 1), 1.0);
        }
        fractions = List.copyOf(fractions);
    }
}
