package org.mark1.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.mark1.io.InputError;

/**
 * The expression's limits are checked before any tree is built, and everything the parser admits
 * goes through every later stage (compiler, truth table, check, printing) without running out of
 * stack, even on a thread with a small stack.
 */
class ExpressionLimitsTest {

    private static String nested(int levels) {
        return "X(t) = " + "(".repeat(levels) + "A(t-1)" + ")".repeat(levels);
    }

    private static String nots(int count) {
        return "X(t) = A(t-2) and " + "~".repeat(count) + "A(t-1)";
    }

    @Test
    void anExpressionLongerThanTheLimitIsRefusedBeforeItIsRead() {
        String huge = "X(t) = " + "A(t-1) or ".repeat(100_000) + "A(t-1)";
        InputError e = assertThrows(InputError.class, () -> ExpressionParser.parse(huge));
        assertEquals("expression too long: " + huge.length() + " characters; the limit is 4000; split it into smaller expressions",
                e.getMessage());
    }

    @Test
    void nestingUpToTheLimitIsReadAndOneMoreLevelIsRefused() {
        assertEquals(new Expr.Atom("A", 1), ExpressionParser.parse(nested(ExpressionParser.MAX_NESTING)).expression());
        InputError e = assertThrows(InputError.class, () -> ExpressionParser.parse(nested(ExpressionParser.MAX_NESTING + 1)));
        assertTrue(e.getMessage().startsWith("expression too deep: 201 nested levels of parentheses and 'not'; the limit is 200"),
                e.getMessage());
        ExpressionParser.parse(nots(ExpressionParser.MAX_NESTING));
        InputError n = assertThrows(InputError.class, () -> ExpressionParser.parse(nots(ExpressionParser.MAX_NESTING + 1)));
        assertTrue(n.getMessage().startsWith("expression too deep: 201 nested levels"), n.getMessage());
    }

    @Test
    void nestingCountsGroupsAndWaitingNotsButNotTheParenthesesOfAtoms() {
        assertEquals(0, depth("X(t) = A(t-1) and B(t-2) or C(t-3)"));
        assertEquals(1, depth("X(t) = not A(t-1) and not B(t-2)"));
        assertEquals(2, depth("X(t) = not (A(t-1) or B(t-2))"));
        assertEquals(3, depth("X(t) = ((A(t-1) or not B(t-2)))"));
        assertEquals(4, depth("X(t) = not not (not A(t-1) or B(t-1)) and (C(t-1))"));
    }

    /** The property behind the bound: the count equals how deep the parser's own recursion goes, on random expressions. */
    @Test
    void theNestingCountMatchesTheTreeOnRandomExpressions() {
        RandomExpressions random = new RandomExpressions(7, 3, "A", "B");
        for (int i = 0; i < 300; i++) {
            Expr e = random.next(6);
            Definition d = new Definition("X", e);
            int counted = depth(d.text());
            assertTrue(counted <= treeHeight(e), d.text());
            assertEquals(d, ExpressionParser.parse(d.text()));
        }
    }

    private static int depth(String text) {
        return ExpressionParser.nesting(ExpressionParser.tokenize(text));
    }

    private static int treeHeight(Expr e) {
        if (e instanceof Expr.Not n) {
            return 1 + treeHeight(n.operand());
        } else if (e instanceof Expr.And a) {
            return 1 + Math.max(treeHeight(a.left()), treeHeight(a.right()));
        } else if (e instanceof Expr.Or o) {
            return 1 + Math.max(treeHeight(o.left()), treeHeight(o.right()));
        }
        return 0;
    }

    /** The deepest and longest expressions the parser admits, run on a thread with a quarter of the usual stack. */
    @Test
    void whatTheParserAdmitsGoesThroughEveryStageOnASmallStack() throws InterruptedException {
        List<String> extremes = new ArrayList<>();
        String or = "X(t) = A(t-2)";
        while (or.length() + "|A(t-2)".length() <= ExpressionParser.MAX_LENGTH) {
            or += "|A(t-2)";
        }
        extremes.add(or);
        extremes.add(nested(ExpressionParser.MAX_NESTING));
        extremes.add(nots(ExpressionParser.MAX_NESTING - 1) + "|" + "A(t-3)&".repeat(400) + "B(t-1)");
        StringBuilder mixed = new StringBuilder("X(t) = ");
        SplittableRandom random = new SplittableRandom(1943);
        int open = 0;
        while (mixed.length() < ExpressionParser.MAX_LENGTH - 400) {
            if (open < ExpressionParser.MAX_NESTING / 2 && random.nextInt(3) == 0) {
                mixed.append(random.nextBoolean() ? "(" : "~(");
                open++;
            } else {
                mixed.append("A(t-").append(1 + random.nextInt(3)).append(")").append(random.nextBoolean() ? "&" : "|");
            }
        }
        mixed.append("B(t-2)").append(")".repeat(open));
        extremes.add(mixed.toString());
        for (String text : extremes) {
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread small = new Thread(null, () -> {
                try {
                    Definition d = ExpressionParser.parse(text);
                    d.text();
                    d.later(1);
                    try {
                        Net net = NetCompiler.compile(d);
                        assertTrue(RealizationCheck.chosen(net, d).agrees());
                    } catch (InputError refused) {
                        // Theorem III or exact delays: a clean refusal is an answer too.
                        assertTrue(refused.getMessage().startsWith("expression: "), refused.getMessage());
                    }
                } catch (Throwable t) {
                    failure.set(t);
                }
            }, "small-stack", 256 * 1024);
            small.start();
            small.join();
            if (failure.get() != null) {
                throw new AssertionError(text.substring(0, 60) + "...", failure.get());
            }
        }
    }

    @Test
    void namesMayBeWordsOfAnyScriptAndAreComparedNormalized() {
        Definition d = ExpressionParser.parse("тепло(t) = холод(t-3) and not холод(t-2)");
        assertEquals("тепло", d.output());
        assertEquals(List.of(new Expr.Atom("холод", 3), new Expr.Atom("холод", 2)), d.expression().atoms());
        String composed = "X(t) = caf\u00e9(t-1)";
        String decomposed = "X(t) = cafe\u0301(t-1)";
        assertEquals(ExpressionParser.parse(composed), ExpressionParser.parse(decomposed));
        assertEquals("熱", ExpressionParser.parse("熱(t) = 冷(t-1)").output());
    }

    @Test
    void aNameLongerThanTheLimitIsRefusedAtItsColumn() {
        InputError e = assertThrows(InputError.class, () -> ExpressionParser.parse("X(t) = " + "A".repeat(65) + "(t-1)"));
        assertTrue(e.getMessage().startsWith("expression column 8: a neuron name of 65 characters; the limit is 64"), e.getMessage());
    }

    @Test
    void anInvisibleCharacterIsNamedByItsCode() {
        InputError e = assertThrows(InputError.class, () -> ExpressionParser.parse("X(t) = A(t-1)\u0000"));
        assertTrue(e.getMessage().startsWith("expression column 14: unexpected character U+0000"), e.getMessage());
    }

    @Test
    void aLongNamedInputStillCompilesWithNamesWithinTheLimit() {
        String name = "Ж".repeat(Neuron.MAX_NAME);
        Definition d = ExpressionParser.parse("X(t) = " + name + "(t-4) and not " + name + "(t-2)");
        Net net = NetCompiler.compile(d);
        assertTrue(net.neurons().stream().allMatch(n -> n.name().length() <= Neuron.MAX_NAME));
        assertTrue(RealizationCheck.chosen(net, d).complete());
    }
}
