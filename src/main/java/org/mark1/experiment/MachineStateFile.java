package org.mark1.experiment;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.file.Path;
import org.mark1.io.InputError;
import org.mark1.io.YamlDocument;
import org.mark1.machine.MachineState;
import org.mark1.machine.MachineConfig;

/**
 * The saved machine, {@code state.json}: everything the Mark I has learned (pots and R-unit
 * thresholds) in one file, written by every run and loaded by {@code mark1 run --state}. Like the
 * real pots, which kept their setting with the power off, a saved state brings a machine back to
 * exactly the answers it gave.
 */
public final class MachineStateFile {

    /** The value of the {@code format} key; a file without it is not a saved machine. */
    public static final String FORMAT = "mark1 machine state";

    /** The file as written: the format word first, so that a reader knows what it holds. */
    @JsonPropertyOrder({"format", "endStop", "thresholds", "pots", "thresholdRemainders", "potRemainders"})
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record Stored(@JsonProperty(required = true) String format, @JsonProperty(required = true) int endStop,
            @JsonProperty(required = true) int[] thresholds, @JsonProperty(required = true) int[] pots,
            double[] thresholdRemainders, double[] potRemainders) {
    }

    private MachineStateFile() {
    }

    /** The file's text for {@code state}. */
    public static String write(MachineState state) {
        return Json.write(new Stored(FORMAT, state.endStop(), state.thresholds(), state.pots(), state.thresholdRemainders(),
                state.potRemainders()));
    }

    /** Reads a saved state from a file and checks that it fits the machine of scenario {@code s}. */
    public static MachineState read(Path file, Scenario s) {
        return parse(file.toString(), InputError.readText(file), s.machine(), LampCode.of(s).lamps());
    }

    /** Parses a saved state ({@code source} names it in messages) and checks that it fits. */
    public static MachineState parse(String source, String text, MachineConfig config, int rUnits) {
        YamlDocument doc = YamlDocument.parse(source, text);
        if (!doc.root().isObject() || !FORMAT.equals(doc.root().path("format").asText(null))) {
            throw doc.error("", "not a saved machine: its first key must be \"format\": \"" + FORMAT
                    + "\"; give the state.json of a run");
        }
        Stored s = doc.bind("", doc.root(), Stored.class);
        if ((s.potRemainders() == null) != (s.thresholdRemainders() == null)) {
            throw doc.error("", "potRemainders and thresholdRemainders come together; give both or neither");
        }
        MachineState state = new MachineState(s.endStop(), s.thresholds(), s.pots(), s.potRemainders(),
                s.thresholdRemainders());
        String why = state.misfit(config, rUnits);
        if (why != null) {
            throw doc.error("", why);
        }
        return state;
    }
}
