package org.mark1.mcp;

/**
 * {@code output(t) = expression}: the neuron a compiled net must provide and the expression it must
 * realize, tick by tick.
 */
public record Definition(String output, Expr expression) {

    public String text() {
        return output + "(t) = " + expression.text();
    }

    /** The same requirement, asked of the output {@code ticks} later. */
    public Definition later(int ticks) {
        return new Definition(output, expression.later(ticks));
    }
}
