package org.mark1.mcp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A temporal propositional expression in the sense of McCulloch &amp; Pitts (1943): atoms
 * {@code N(t-k)} ("neuron N fired k ticks ago", k ≥ 1) joined by {@code not}, {@code and} and
 * {@code or}. It is read at one moment t: it holds or not according to what the inputs did before.
 */
public sealed interface Expr {

    /** Whether the expression holds, given which atoms are true. */
    boolean holds(Predicate<Atom> fired);

    /** The same expression with every delay increased by {@code ticks}. */
    Expr later(int ticks);

    /** Binding strength for printing: or 1, and 2, not 3, atom 4. */
    int precedence();

    /** Written in the compiler's own syntax, with no more parentheses than needed. */
    String text();

    /** The distinct atoms, in order of first appearance. */
    default List<Atom> atoms() {
        Set<Atom> found = new LinkedHashSet<>();
        collect(this, found);
        return new ArrayList<>(found);
    }

    /** The largest delay of any atom. */
    default int depth() {
        return atoms().stream().mapToInt(Atom::delay).max().orElse(0);
    }

    private static void collect(Expr e, Set<Atom> found) {
        if (e instanceof Atom a) {
            found.add(a);
        } else if (e instanceof Not n) {
            collect(n.operand(), found);
        } else if (e instanceof And a) {
            collect(a.left(), found);
            collect(a.right(), found);
        } else if (e instanceof Or o) {
            collect(o.left(), found);
            collect(o.right(), found);
        }
    }

    private static String wrap(Expr child, int atLeast) {
        return child.precedence() < atLeast ? "(" + child.text() + ")" : child.text();
    }

    /** {@code neuron(t-delay)}: the neuron fired {@code delay} ticks before the moment considered. */
    record Atom(String neuron, int delay) implements Expr {
        public Atom {
            if (delay < 1) {
                throw new IllegalArgumentException("a delay is at least 1");
            }
        }

        public boolean holds(Predicate<Atom> fired) {
            return fired.test(this);
        }

        public Expr later(int ticks) {
            return new Atom(neuron, delay + ticks);
        }

        public int precedence() {
            return 4;
        }

        public String text() {
            return neuron + "(t-" + delay + ")";
        }
    }

    record Not(Expr operand) implements Expr {
        public boolean holds(Predicate<Atom> fired) {
            return !operand.holds(fired);
        }

        public Expr later(int ticks) {
            return new Not(operand.later(ticks));
        }

        public int precedence() {
            return 3;
        }

        public String text() {
            return "not " + wrap(operand, 3);
        }
    }

    record And(Expr left, Expr right) implements Expr {
        public boolean holds(Predicate<Atom> fired) {
            return left.holds(fired) && right.holds(fired);
        }

        public Expr later(int ticks) {
            return new And(left.later(ticks), right.later(ticks));
        }

        public int precedence() {
            return 2;
        }

        public String text() {
            return wrap(left, 2) + " and " + wrap(right, 3);
        }
    }

    record Or(Expr left, Expr right) implements Expr {
        public boolean holds(Predicate<Atom> fired) {
            return left.holds(fired) || right.holds(fired);
        }

        public Expr later(int ticks) {
            return new Or(left.later(ticks), right.later(ticks));
        }

        public int precedence() {
            return 1;
        }

        public String text() {
            // Parentheses around an 'and' inside an 'or' are not needed, but readers expect them.
            return (left instanceof And ? "(" + left.text() + ")" : left.text()) + " or "
                    + (right.precedence() < 3 ? "(" + right.text() + ")" : right.text());
        }
    }
}
