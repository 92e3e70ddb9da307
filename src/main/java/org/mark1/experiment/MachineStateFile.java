package org.mark1.experiment;

import org.mark1.io.Json;
import org.mark1.scenario.LampCode;
import org.mark1.scenario.Scenario;
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
 *
 * <p>A run in the ideal weight mode learns real numbers, not pot positions; its file says so first
 * ({@code "weightMode" : "ideal"}) and holds {@code thresholds} and {@code weights} as real numbers,
 * no {@code pots} and no {@code endStop}, so that neither a reader nor an older version takes them
 * for pots. Such a file starts only a run in ideal weights; a file of pots starts either (its whole
 * steps are the starting real weights, exactly). A network ({@code mlp}) saves nothing and starts
 * from no file.
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

    /** The value of the {@code weightMode} key of a file of ideal weights. */
    public static final String IDEAL = org.mark1.learning.WeightMode.IDEAL.id();

    /** The file of an ideal-mode machine: the mode right after the format word, then real numbers. */
    @JsonPropertyOrder({"format", "weightMode", "thresholds", "weights"})
    record StoredIdeal(@JsonProperty(required = true) String format, @JsonProperty(required = true) String weightMode,
            @JsonProperty(required = true) double[] thresholds, @JsonProperty(required = true) double[] weights) {
    }

    private MachineStateFile() {
    }

    /** The file's text for {@code state}. */
    public static String write(MachineState state) {
        if (state.isIdeal()) {
            return Json.write(new StoredIdeal(FORMAT, IDEAL, state.ideal().thresholds(), state.ideal().weights()));
        }
        return Json.write(new Stored(FORMAT, state.endStop(), state.thresholds(), state.pots(), state.thresholdRemainders(),
                state.potRemainders()));
    }

    /**
     * Reads a saved state from a file and checks that it fits the machine of scenario {@code s} and
     * its weight mode. A network ({@code mlp}) starts from its own random layers: any file is refused.
     */
    public static MachineState read(Path file, Scenario s) {
        if (!s.training().rule().singleUnit()) {
            throw new InputError(file + ": rule " + s.training().rule().id() + " trains a network, which starts from its "
                    + "own random layers and cannot start from a saved machine; drop --state");
        }
        return parse(file.toString(), InputError.readText(file), s.machine(), LampCode.of(s).lamps(),
                s.training().weightMode() == org.mark1.learning.WeightMode.IDEAL);
    }

    /** Parses a saved state for a machine of pots ({@code source} names it in messages) and checks that it fits. */
    public static MachineState parse(String source, String text, MachineConfig config, int rUnits) {
        return parse(source, text, config, rUnits, false);
    }

    /**
     * Parses a saved state and checks that it fits a run on {@code config} with {@code rUnits} R-units
     * in ideal weights ({@code idealRun}) or pots: a file of ideal weights fits only the first.
     */
    public static MachineState parse(String source, String text, MachineConfig config, int rUnits, boolean idealRun) {
        YamlDocument doc = YamlDocument.parse(source, text);
        if (!doc.root().isObject() || !FORMAT.equals(doc.root().path("format").asText(null))) {
            throw doc.error("", "not a saved machine: its first key must be \"format\": \"" + FORMAT
                    + "\"; give the state.json of a run");
        }
        if (doc.root().has("weightMode")) {
            return parseIdeal(doc, config, rUnits, idealRun);
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

    private static MachineState parseIdeal(YamlDocument doc, MachineConfig config, int rUnits, boolean idealRun) {
        if (!IDEAL.equals(doc.root().path("weightMode").asText(null))) {
            throw doc.error("/weightMode", "the only weight mode a file names is \"" + IDEAL
                    + "\"; for a machine of pots, remove the weightMode key");
        }
        if (!idealRun) {
            throw doc.error("/weightMode", "holds ideal (real-valued) weights, but this run turns pots (training.weights: "
                    + "hardware), which cannot take them without changing its answers; run with --set training.weights=ideal");
        }
        StoredIdeal s = doc.bind("", doc.root(), StoredIdeal.class);
        finite(doc, "/thresholds", s.thresholds());
        finite(doc, "/weights", s.weights());
        if (s.weights().length != config.associationUnits()) {
            throw doc.error("/weights", "holds " + s.weights().length + " weights, but this machine has "
                    + config.associationUnits() + " A-units; give one per A-unit");
        }
        if (s.thresholds().length != rUnits) {
            throw doc.error("/thresholds", "holds " + s.thresholds().length + " R-unit thresholds, but this experiment uses "
                    + rUnits + " R-units; give one per R-unit");
        }
        return MachineState.ideal(s.weights(), s.thresholds());
    }

    private static void finite(YamlDocument doc, String pointer, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw doc.error(pointer + "/" + i, values[i] + " is not a finite number; give a real number");
            }
        }
    }
}
