package org.mark1.mcp;

import org.mark1.io.InputError;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.mark1.io.InvalidValue;

/**
 * One neuron of a McCulloch–Pitts net (McCulloch &amp; Pitts 1943). Its activity is all-or-none: at
 * each tick it fires or it does not.
 *
 * <p>An <em>input</em> neuron is a peripheral afferent (the paper's receptor): the outside world
 * decides when it fires, through a timeline, and no synapse ends on it. Every other neuron fires at
 * tick t exactly when no inhibitory afferent fired at t−1 and the excitatory endings of afferents that
 * fired at t−1 number at least its {@code threshold}. <b>Convention: the threshold must be
 * reached</b> (≥ θ, θ a positive whole number); the paper's wording "exceeds θ" describes the same
 * neuron with θ−1.
 *
 * @param name    an identifier, usable in expressions ({@code N1}, {@code Na}, {@code heat})
 * @param input   true for a peripheral afferent, driven by its timeline
 * @param threshold the number of excitatory endings that must be active; 0 for an input
 * @param initial whether it fires at tick 0. The paper's nets start from rest; we allow a neuron
 *                 that is already firing at tick 0 so that a circle can carry spontaneous activity
 *                 (our device for the functions that are true when every input is silent)
 * @param note    free text for the reader ("cold receptor")
 */
public record Neuron(String name, boolean input, int threshold, boolean initial, String note) {

    /**
     * Names look like identifiers so that expressions can mention them: a letter of any script
     * ({@code N1}, {@code тепло}, {@code 熱}), then letters, digits, combining marks or {@code _}.
     * Such a name is also safe in a file name and in a CSV header. Names are compared after Unicode
     * normalization (NFC), so that one word typed two ways is one name.
     */
    public static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L}\\p{M}\\p{Nd}_]*");

    /** The longest name, in characters. */
    public static final int MAX_NAME = 64;

    /** The largest threshold: far above anything the paper draws, far below overflow. */
    public static final int MAX_THRESHOLD = 1_000_000;

    /** Words of the expression language, which therefore cannot name a neuron. */
    public static final Set<String> RESERVED = Set.of("and", "or", "not");

    public Neuron {
        name = Names.canonical(name);
        String problem = nameProblem(name);
        if (problem != null) {
            throw new InvalidValue("name", problem);
        }
        if (input && threshold != 0) {
            throw new InvalidValue("threshold", "an input neuron fires when its timeline says so and has no threshold; remove it");
        }
        if (input && initial) {
            throw new InvalidValue("initial", "an input neuron's tick 0 comes from its timeline; remove 'initial'");
        }
        if (!input && (threshold < 1 || threshold > MAX_THRESHOLD)) {
            throw new InvalidValue("threshold", threshold + " is impossible; a threshold counts endings: 1 to " + MAX_THRESHOLD);
        }
        note = note == null ? "" : note.strip();
        String bad = Names.textProblem(note);
        if (bad != null) {
            throw new InvalidValue("note", bad);
        }
    }

    public static Neuron input(String name, String note) {
        return new Neuron(name, true, 0, false, note);
    }

    public static Neuron cell(String name, int threshold, String note) {
        return new Neuron(name, false, threshold, false, note);
    }

    /** Why {@code name} cannot name a neuron, or null when it can. */
    public static String nameProblem(String name) {
        if (name == null || name.isEmpty()) {
            return "a neuron needs a name; add one such as N1";
        }
        if (name.length() > MAX_NAME) {
            return "a neuron name of " + name.length() + " characters; the limit is " + MAX_NAME;
        }
        if (!NAME.matcher(name).matches()) {
            return "'" + InputError.excerpt(name) + "' is not a valid neuron name; use a letter (of any script) followed by"
                    + " letters, digits or _";
        }
        if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
            return "'" + name + "' is a word of the expression language; choose another name";
        }
        return null;
    }
}
