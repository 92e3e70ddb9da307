package org.mark1.mcp;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.mark1.io.InputError;

/**
 * Checks a net against a definition by simulation: at every tick of every input sequence tried, the
 * output neuron must fire exactly when the expression holds (inputs before tick 0 count as silent).
 *
 * <p><b>When it is a proof.</b> A net with no circle and no neuron firing at tick 0 answers at tick t
 * from its inputs at t−1 … t−H, H being its longest path from an input to the output; the expression
 * looks back D ticks, its deepest delay. Every input sequence of {@code max(D, H)} ticks, checked at
 * every tick, therefore meets every case there is. {@link #chosen} checks that when it is feasible;
 * when not, it checks every sequence as long as is feasible and then many seeded random sequences
 * long enough to reach back fully, and the summary says it is not a proof. The summary says exactly
 * what was done.
 *
 * <p>The exhaustive sequences are walked as a tree, tick by tick, so that sequences sharing a
 * beginning share its simulation. Random sequences come from Commons RNG, seed {@value #SEED}.
 */
public final class RealizationCheck {
    /** An exhaustive check tries at most 2^20 (about a million) sequences. */
    public static final int MAX_BITS = 20;
    /** The most neuron updates one check may spend (about a second). */
    static final double WORK = 1L << 28;
    /** The longest sequence a user may ask for. */
    public static final int MAX_LENGTH = 64;
    /** Random sequences tried when an exhaustive check would be too big (fewer on a very large net). */
    public static final int RANDOM_SEQUENCES = 20_000;
    public static final long SEED = 1943;

    /**
     * What was done: every sequence of {@code length} ticks ({@code sequences} of them) and
     * {@code randomCount} random sequences of {@code randomLength} ticks; {@code needed} is the length
     * that settles the question when {@code provable}.
     */
    public record RealizationVerdict(int inputs, int needed, boolean provable, int length, long sequences,
            int randomLength, int randomCount, String disagreement) {
        public boolean agrees() {
            return disagreement == null;
        }

        /** Whether the check covered every case there is. */
        public boolean complete() {
            return provable && length >= needed;
        }

        public String summary() {
            if (!agrees()) {
                return "DISAGREES with the expression on " + disagreement;
            }
            StringBuilder b = new StringBuilder("checked against the expression on ");
            if (length > 0) {
                b.append("all ").append(count(inputs * length, sequences)).append(" input sequences of ").append(ticks(length));
            }
            if (randomCount > 0) {
                b.append(length > 0 ? " and on " : "").append(randomCount).append(" random input sequences of ")
                        .append(ticks(randomLength)).append(" (seed ").append(SEED).append(')');
            }
            b.append(", at every tick: agree; ");
            if (!provable) {
                b.append("not a proof: the net has a circle or a neuron firing at tick 0, so its activity may outlast any window");
            } else if (complete()) {
                b.append("that settles it: the net has no circle, and neither it nor the expression looks back more than ")
                        .append(ticks(needed));
            } else if (randomCount > 0) {
                b.append("not a proof: every sequence of ").append(ticks(needed)).append(" would be 2^")
                        .append((long) inputs * needed).append(" sequences");
            } else {
                b.append("NOT a complete check: the answer can depend on ").append(ticks(needed))
                        .append(" and these sequences have ").append(length)
                        .append(" (leave out --check-length to check enough)");
            }
            return b.toString();
        }

        private static String count(int bits, long n) {
            return "2^" + bits + " = " + n;
        }

        private static String ticks(int n) {
            return n + (n == 1 ? " tick" : " ticks");
        }
    }

    private RealizationCheck() {
    }

    /** Checks enough to settle the question when feasible, else as much as is feasible; see the class doc. */
    public static RealizationVerdict chosen(Net net, Definition def) {
        CheckWalk walk = new CheckWalk(net, def);
        int needed = needed(net, def);
        boolean provable = NetShape.horizon(net, def.output()) >= 0;
        if (feasible(walk, needed)) {
            String bad = walk.exhaustive(needed);
            return new RealizationVerdict(walk.inputs(), needed, provable, needed, 1L << walk.inputs() * needed, 0, 0, bad);
        }
        int length = longestFeasible(walk);
        String bad = length > 0 ? walk.exhaustive(length) : null;
        int randomLength = Math.min(2 * needed, MAX_LENGTH * 2);
        double left = Math.max(0, WORK - work(walk, length));
        int count = (int) Math.max(200, Math.min(RANDOM_SEQUENCES, left / ((double) walk.size() * randomLength)));
        if (bad == null) {
            UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(SEED);
            bad = walk.random(random, count, randomLength);
        }
        return new RealizationVerdict(walk.inputs(), needed, provable, length, length > 0 ? 1L << walk.inputs() * length : 0,
                randomLength, count, bad);
    }

    /** Checks every sequence of {@code length} ticks, as the user asked; one that is too many is an {@link InputError}. */
    public static RealizationVerdict exhaustive(Net net, Definition def, int length) {
        CheckWalk walk = new CheckWalk(net, def);
        if (length < 1 || length > MAX_LENGTH) {
            throw new InputError("--check-length " + length + " is impossible; allowed: 1 to " + MAX_LENGTH + " ticks");
        }
        if (!feasible(walk, length)) {
            int most = longestFeasible(walk);
            throw new InputError("--check-length " + length + ": every sequence of " + length + " ticks over " + walk.inputs()
                    + (walk.inputs() == 1 ? " input" : " inputs") + " is 2^" + (long) walk.inputs() * length
                    + " sequences, too many to try; " + (most > 0 ? "at most " + most + " here" : "none fit here")
                    + "; or leave out --check-length to have enough checked, exhaustively and on random sequences");
        }
        String bad = walk.exhaustive(length);
        return new RealizationVerdict(walk.inputs(), needed(net, def), NetShape.horizon(net, def.output()) >= 0, length,
                1L << walk.inputs() * length, 0, 0, bad);
    }

    /** The length that settles the question: how far back the expression and the net look. */
    public static int needed(Net net, Definition def) {
        return Math.max(1, Math.max(def.expression().depth(), NetShape.horizon(net, def.output())));
    }

    private static boolean feasible(CheckWalk walk, int length) {
        return (long) walk.inputs() * length <= MAX_BITS && work(walk, length) <= WORK;
    }

    private static int longestFeasible(CheckWalk walk) {
        int length = 0;
        while (length < MAX_LENGTH && feasible(walk, length + 1)) {
            length++;
        }
        return length;
    }

    /** Neuron updates of an exhaustive walk over sequences of {@code length} ticks. */
    private static double work(CheckWalk walk, int length) {
        double nodes = 0;
        for (int t = 1; t <= length; t++) {
            nodes += Math.pow(2, (double) walk.inputs() * t);
        }
        return nodes * walk.size();
    }

    /** The inputs of a definition, in order of first appearance. */
    static List<String> inputs(Definition def) {
        return def.expression().atoms().stream().map(Expr.Atom::neuron).distinct().toList();
    }
}
