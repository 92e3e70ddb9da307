package org.mark1.mcp;

import org.mark1.io.InvalidValue;

/**
 * A synapse from one neuron to another (McCulloch &amp; Pitts 1943). An excitatory synapse brings
 * {@code endings} excitatory endings, all counted towards the target's threshold when the source
 * fired one tick earlier. An inhibitory synapse is absolute (assumption 4): if its source fired one
 * tick earlier, the target cannot fire, whatever its excitation; its endings are not counted, so we
 * store 1.
 */
public record Synapse(String from, String to, boolean inhibitory, int endings) {
    /** The most endings one synapse may bring: far above anything the paper draws, far below overflow. */
    public static final int MAX_ENDINGS = 1000;

    public Synapse {
        from = Names.canonical(from);
        to = Names.canonical(to);
        if (from == null || to == null) {
            throw new InvalidValue(from == null ? "from" : "to", "a synapse needs both 'from' and 'to'");
        }
        if (inhibitory && endings != 1) {
            throw new InvalidValue("endings", "an inhibitory synapse vetoes outright and its endings are not counted; remove 'endings'");
        }
        if (endings < 1 || endings > MAX_ENDINGS) {
            throw new InvalidValue("endings", endings + " is impossible; a synapse brings 1 to " + MAX_ENDINGS + " endings");
        }
    }

    public static Synapse excite(String from, String to, int endings) {
        return new Synapse(from, to, false, endings);
    }

    public static Synapse inhibit(String from, String to) {
        return new Synapse(from, to, true, 1);
    }
}
