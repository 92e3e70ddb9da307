package org.mark1.mcp;

import org.mark1.io.InputError;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mark1.io.InvalidValue;
import org.mark1.io.YamlDocument;

/**
 * The net file: a small YAML description of a McCulloch–Pitts net. Example:
 *
 * <pre>
 * name: delay
 * about: "N2(t) = N1(t-1)"
 * neurons:
 *   - {name: N1, input: true, note: afferent}
 *   - {name: N2, threshold: 1}
 * synapses:
 *   - {from: N1, to: N2}                    # excitatory, 1 ending
 *   - {from: N1, to: N3, endings: 2}        # excitatory, 2 endings
 *   - {from: N4, to: N2, inhibitory: true}  # absolute inhibition
 * input:
 *   N1: 0 1 0 0 1 1 0
 * steps: 10
 * </pre>
 *
 * Every mistake is reported as one line naming the file, line and column. See {@link Net} for the
 * rule each neuron follows.
 */
public final class NetFile {
    public static final int DEFAULT_STEPS = 12;
    public static final int MAX_STEPS = Timeline.MAX_TICKS;
    /** The most neurons in a net: room for the largest compiled net, far below what memory allows. */
    public static final int MAX_NEURONS = 10_000;
    /** The most synapses in a net. */
    public static final int MAX_SYNAPSES = 100_000;

    record NeuronSpec(String name, Boolean input, Integer threshold, Integer initial, String note) {
    }

    record SynapseSpec(String from, String to, Boolean inhibitory, Integer endings) {
    }

    record Spec(String name, String about, List<NeuronSpec> neurons, List<SynapseSpec> synapses,
            Map<String, JsonNode> input, Integer steps) {
    }

    /** A net with the stimulus and run length its file proposes. */
    public record Loaded(Net net, Map<String, Timeline> input, int steps) {
        public Loaded {
            input = Collections.unmodifiableMap(new LinkedHashMap<>(input));
        }
    }

    private NetFile() {
    }

    public static Loaded read(Path file) {
        String stem = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        return load(YamlDocument.read(file), stem);
    }

    /** Parses net-file text; {@code source} names it in messages and {@code stem} is the default name. */
    public static Loaded parse(String source, String text, String stem) {
        return load(YamlDocument.parse(source, text), stem);
    }

    private static Loaded load(YamlDocument doc, String stem) {
        if (!doc.root().isObject()) {
            throw doc.error("", "a net file is a mapping with the keys name, about, neurons, synapses, input, steps;"
                    + " see 'mark1 mcp show delay'");
        }
        checkSizes(doc);
        checkNames(doc);
        checkWholeNumbers(doc, "neurons", "threshold", Neuron.MAX_THRESHOLD,
                "the count of excitatory endings that must be active");
        checkWholeNumbers(doc, "synapses", "endings", Synapse.MAX_ENDINGS, "the excitatory endings the synapse brings");
        JsonNode stepsNode = doc.root().path("steps");
        if (!stepsNode.isMissingNode() && !stepsNode.isNull() && !(stepsNode.isIntegralNumber() && stepsNode.canConvertToInt()
                && stepsNode.intValue() >= 1 && stepsNode.intValue() <= MAX_STEPS)) {
            throw doc.error("/steps", InputError.excerpt(stepsNode.asText(stepsNode.toString())) + " is impossible; allowed: 1 to " + MAX_STEPS);
        }
        Spec spec = doc.bind("", doc.root(), Spec.class);
        if (spec.neurons() == null || spec.neurons().isEmpty()) {
            throw doc.error("/neurons", "a net needs a list 'neurons'; add at least one neuron");
        }
        List<Neuron> neurons = new ArrayList<>();
        Map<String, Neuron> byName = new HashMap<>();
        for (int i = 0; i < spec.neurons().size(); i++) {
            Neuron n = neuron(doc, "/neurons/" + i, spec.neurons().get(i));
            if (byName.putIfAbsent(n.name(), n) != null) {
                throw doc.error("/neurons/" + i + "/name", "a second neuron named " + n.name() + "; names must differ");
            }
            neurons.add(n);
        }
        List<Synapse> synapses = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        List<SynapseSpec> specs = spec.synapses() == null ? List.of() : spec.synapses();
        for (int i = 0; i < specs.size(); i++) {
            Synapse s = synapse(doc, "/synapses/" + i, canonical(specs.get(i)), byName);
            if (!pairs.add(s.from() + " " + s.to())) {
                throw doc.error("/synapses/" + i, "a second synapse from " + s.from() + " to " + s.to()
                        + "; merge them into one (endings: n counts several endings)");
            }
            synapses.add(s);
        }
        String name = spec.name() == null || spec.name().isBlank() ? Names.fromFileName(stem) : Names.canonical(spec.name().strip());
        String badName = Names.netNameProblem(name);
        if (badName != null) {
            throw doc.error("/name", badName);
        }
        String badAbout = spec.about() == null ? null : Names.textProblem(spec.about());
        if (badAbout != null) {
            throw doc.error("/about", badAbout);
        }
        Net net = new Net(name, spec.about(), neurons, synapses);
        Map<String, Timeline> input = new LinkedHashMap<>();
        if (spec.input() != null) {
            spec.input().forEach((key, node) -> {
                String neuron = Names.canonical(key);
                if (input.containsKey(neuron)) {
                    throw doc.error("/input/" + key, "a second timeline for " + neuron + "; give each input one");
                }
                input.put(neuron, timeline(doc, "/input/" + key, neuron, node, byName));
            });
        }
        int steps = spec.steps() == null ? DEFAULT_STEPS : spec.steps();
        if (steps < 1 || steps > MAX_STEPS) {
            throw doc.error("/steps", steps + " is impossible; allowed: 1 to " + MAX_STEPS);
        }
        return new Loaded(net, input, steps);
    }

    /**
     * YAML 1.1 reads bare {@code on}, {@code off}, {@code yes}, {@code no}, {@code y}, {@code n} as
     * true or false, so a neuron called ON would silently become "true". Names must arrive as text.
     */
    private static void checkNames(YamlDocument doc) {
        String[][] places = {{"neurons", "name"}, {"synapses", "from"}, {"synapses", "to"}};
        for (String[] place : places) {
            JsonNode list = doc.root().path(place[0]);
            for (int i = 0; i < list.size(); i++) {
                JsonNode n = list.path(i).path(place[1]);
                if (!n.isMissingNode() && !n.isNull() && !n.isTextual()) {
                    throw doc.error("/" + place[0] + "/" + i + "/" + place[1], "a neuron name must be text, and YAML reads "
                            + n.asText() + " as " + (n.isBoolean() ? "true or false (as it does on, off, yes, no, y, n)" : "a number")
                            + "; put the name in quotes, e.g. \"ON\"");
                }
            }
        }
    }

    /** Before binding, so that a huge file is refused before it is turned into objects. */
    private static void checkSizes(YamlDocument doc) {
        if (doc.root().path("neurons").size() > MAX_NEURONS) {
            throw doc.error("/neurons", doc.root().path("neurons").size() + " neurons; the limit is " + MAX_NEURONS);
        }
        if (doc.root().path("synapses").size() > MAX_SYNAPSES) {
            throw doc.error("/synapses", doc.root().path("synapses").size() + " synapses; the limit is " + MAX_SYNAPSES);
        }
    }

    /** Checked before binding so that 0, -1, 1.5 and 3000000000 all get the same plain answer. */
    private static void checkWholeNumbers(YamlDocument doc, String list, String key, int max, String meaning) {
        JsonNode items = doc.root().path(list);
        for (int i = 0; i < items.size(); i++) {
            JsonNode t = items.path(i).path(key);
            if (!t.isMissingNode() && !t.isNull()
                    && !(t.isIntegralNumber() && t.canConvertToInt() && t.intValue() >= 1 && t.intValue() <= max)) {
                throw doc.error("/" + list + "/" + i + "/" + key, key + " must be a whole number from 1 to " + max + " ("
                        + meaning + "); got " + InputError.excerpt(t.asText(t.toString())));
            }
        }
    }

    private static SynapseSpec canonical(SynapseSpec s) {
        return s == null ? null : new SynapseSpec(Names.canonical(s.from()), Names.canonical(s.to()), s.inhibitory(), s.endings());
    }

    private static Neuron neuron(YamlDocument doc, String at, NeuronSpec s) {
        if (s == null) {
            throw doc.error(at, "empty neuron; write {name: N1, threshold: 1} or {name: N1, input: true}");
        }
        boolean input = Boolean.TRUE.equals(s.input());
        if (!input && s.threshold() == null) {
            throw doc.error(at, "neuron " + s.name() + " has no threshold; add 'threshold: 1' (or more), or 'input: true' for a receptor");
        }
        if (s.initial() != null && s.initial() != 0 && s.initial() != 1) {
            throw doc.error(at + "/initial", "initial is its state at tick 0: 0 or 1");
        }
        try {
            return new Neuron(s.name(), input, s.threshold() == null ? 0 : s.threshold(),
                    s.initial() != null && s.initial() == 1, s.note());
        } catch (InvalidValue e) {
            throw doc.error(at + "/" + e.key(), e.problem());
        }
    }

    private static Synapse synapse(YamlDocument doc, String at, SynapseSpec s, Map<String, Neuron> byName) {
        if (s == null || s.to() == null || s.from() == null) {
            String missing = s == null || s.from() == null ? "from" : "to";
            throw doc.error(at, "synapse without '" + missing + "'; name the neuron it "
                    + (missing.equals("to") ? "ends on" : "comes from") + ", e.g. {from: N1, to: N2}");
        }
        for (String end : List.of("from", "to")) {
            String name = end.equals("from") ? s.from() : s.to();
            if (!byName.containsKey(name)) {
                throw doc.error(at + "/" + end, "no neuron named " + InputError.excerpt(name) + "; declare it under 'neurons' or use one of: "
                        + someNames(byName.keySet().stream().sorted().toList()));
            }
        }
        if (byName.get(s.to()).input()) {
            throw doc.error(at + "/to", s.to() + " is an input (a receptor driven by its timeline); no synapse may end on it");
        }
        boolean inhibitory = Boolean.TRUE.equals(s.inhibitory());
        if (inhibitory && s.endings() != null) {
            throw doc.error(at + "/endings", "an inhibitory synapse vetoes outright and its endings are not counted; remove 'endings'");
        }
        int endings = s.endings() == null ? 1 : s.endings();
        try {
            return new Synapse(s.from(), s.to(), inhibitory, endings);
        } catch (InvalidValue e) {
            throw doc.error(at + "/" + e.key(), e.problem());
        }
    }

    private static Timeline timeline(YamlDocument doc, String at, String neuron, JsonNode node, Map<String, Neuron> byName) {
        Neuron n = byName.get(neuron);
        if (n == null || !n.input()) {
            throw doc.error(at, (n == null ? "no neuron named " : neuron + " is not an input; only inputs have timelines: ")
                    + (n == null ? InputError.excerpt(neuron) + "; inputs are: " : "") + inputNames(byName));
        }
        if (node.isInt() && (node.intValue() == 0 || node.intValue() == 1)) {
            return Timeline.of(node.intValue() == 1);
        }
        if (!node.isTextual()) {
            throw doc.error(at, "write the timeline with spaces between ticks, e.g. 0 1 0 0 (or quote it)");
        }
        try {
            return Timeline.parse(node.textValue(), 1);
        } catch (InvalidValue e) {
            throw doc.error(at, "timeline " + e.problem());
        }
    }

    private static String inputNames(Map<String, Neuron> byName) {
        return someNames(byName.values().stream().filter(Neuron::input).map(Neuron::name).sorted().toList());
    }

    /** A list of names for a message: the first dozen, and how many more. */
    static String someNames(List<String> names) {
        return names.size() <= 12 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 12)) + " and " + (names.size() - 12) + " more";
    }
}
