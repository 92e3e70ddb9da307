package org.mark1.mcp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A temporal propositional expression in the sense of McCulloch &amp; Pitts (1943): atoms
 * {@code N(t-k)} ("neuron N fired k ticks ago", k ≥ 1) joined by {@code not}, {@code and} and
 * {@code or}. It is read at one moment t: it holds or not according to what the inputs did before.
 *
 * <p>A chain {@code a or b or c ...} is a tree leaning left, as deep as the chain is long. So that a
 * long chain cannot exhaust the stack, every operation walks down a chain's left spine in a loop and
 * recurses only into right operands and negations, whose depth {@link ExpressionParser} bounds.
 */
public sealed interface Expr {

    /** Whether the expression holds, given which atoms are true. */
    default boolean holds(Predicate<Atom> fired) {
        Expr e = this;
        while (true) {
            if (e instanceof Atom a) {
                return fired.test(a);
            } else if (e instanceof Not n) {
                return !n.operand().holds(fired);
            } else if (e instanceof And a) {
                if (!a.right().holds(fired)) {
                    return false;
                }
                e = a.left();
            } else {
                Or o = (Or) e;
                if (o.right().holds(fired)) {
                    return true;
                }
                e = o.left();
            }
        }
    }

    /** The same expression with every delay increased by {@code ticks}. */
    default Expr later(int ticks) {
        Deque<Expr> spine = new ArrayDeque<>();
        Expr e = this;
        while (e instanceof And || e instanceof Or) {
            spine.push(e);
            e = e instanceof And a ? a.left() : ((Or) e).left();
        }
        Expr built = e instanceof Atom a ? new Atom(a.neuron(), a.delay() + ticks) : new Not(((Not) e).operand().later(ticks));
        while (!spine.isEmpty()) {
            Expr link = spine.pop();
            built = link instanceof And a ? new And(built, a.right().later(ticks)) : new Or(built, ((Or) link).right().later(ticks));
        }
        return built;
    }

    /** Binding strength for printing: or 1, and 2, not 3, atom 4. */
    int precedence();

    /** Written in the compiler's own syntax, with no more parentheses than needed. */
    default String text() {
        StringBuilder b = new StringBuilder();
        write(this, b);
        return b.toString();
    }

    /** The distinct atoms, in order of first appearance. */
    default List<Atom> atoms() {
        Set<Atom> found = new LinkedHashSet<>();
        Deque<Expr> todo = new ArrayDeque<>();
        todo.push(this);
        while (!todo.isEmpty()) {
            Expr e = todo.pop();
            if (e instanceof Atom a) {
                found.add(a);
            } else if (e instanceof Not n) {
                todo.push(n.operand());
            } else if (e instanceof And a) {
                todo.push(a.right());
                todo.push(a.left());
            } else if (e instanceof Or o) {
                todo.push(o.right());
                todo.push(o.left());
            }
        }
        return new ArrayList<>(found);
    }

    /** The largest delay of any atom. */
    default int depth() {
        return atoms().stream().mapToInt(Atom::delay).max().orElse(0);
    }

    private static void write(Expr e, StringBuilder b) {
        if (e instanceof Atom a) {
            b.append(a.neuron()).append("(t-").append(a.delay()).append(')');
        } else if (e instanceof Not n) {
            b.append("not ");
            wrap(n.operand(), n.operand().precedence() < 3, b);
        } else {
            // A chain of one operator: its operands from the left, found by walking the spine.
            boolean or = e instanceof Or;
            List<Expr> rights = new ArrayList<>();
            Expr left = e;
            while (or ? left instanceof Or : left instanceof And) {
                rights.add(0, left instanceof Or o ? o.right() : ((And) left).right());
                left = left instanceof Or o ? o.left() : ((And) left).left();
            }
            // Parentheses around an 'and' inside an 'or' are not needed, but readers expect them.
            wrap(left, or ? left instanceof And : left.precedence() < 2, b);
            for (Expr right : rights) {
                b.append(or ? " or " : " and ");
                wrap(right, right.precedence() < 3, b);
            }
        }
    }

    private static void wrap(Expr e, boolean parentheses, StringBuilder b) {
        b.append(parentheses ? "(" : "");
        write(e, b);
        b.append(parentheses ? ")" : "");
    }

    /** {@code neuron(t-delay)}: the neuron fired {@code delay} ticks before the moment considered. */
    record Atom(String neuron, int delay) implements Expr {
        public Atom {
            if (delay < 1) {
                throw new IllegalArgumentException("a delay is at least 1");
            }
        }

        public int precedence() {
            return 4;
        }
    }

    record Not(Expr operand) implements Expr {
        public int precedence() {
            return 3;
        }
    }

    record And(Expr left, Expr right) implements Expr {
        public int precedence() {
            return 2;
        }
    }

    record Or(Expr left, Expr right) implements Expr {
        public int precedence() {
            return 1;
        }
    }
}
