package org.mark1.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mark1.io.InputError;

class ExpressionParserTest {

    @Test
    void readsThePapersHeatFormula() {
        Definition d = ExpressionParser.parse("N3(t) = N1(t-1) or (N2(t-3) and not N2(t-2))");
        assertEquals("N3", d.output());
        assertEquals(new Expr.Or(new Expr.Atom("N1", 1),
                new Expr.And(new Expr.Atom("N2", 3), new Expr.Not(new Expr.Atom("N2", 2)))), d.expression());
    }

    @Test
    void notBindsTighterThanAndWhichBindsTighterThanOr() {
        assertEquals(ExpressionParser.parse("X(t) = (not A(t-1)) or (B(t-1) and C(t-2))"),
                ExpressionParser.parse("X(t) = not A(t-1) or B(t-1) and C(t-2)"));
    }

    @Test
    void theSymbolsOfLogicMayStandForTheWords() {
        Definition words = ExpressionParser.parse("N3(t) = N1(t-1) or (N2(t-3) and not N2(t-2))");
        assertEquals(words, ExpressionParser.parse("N3(t) ≡ N1(t-1) ∨ N2(t-3) · ¬N2(t-2)"));
        assertEquals(words, ExpressionParser.parse("N3(t)=N1(t-1)|(N2(t - 3)&~N2(t-2))"));
        assertEquals(words, ExpressionParser.parse("N3(t) = N1(t-1) OR N2(t-3) AND NOT N2(t−2)"));
    }

    @Test
    void printedExpressionsReadBackUnchanged() {
        RandomExpressions random = new RandomExpressions(99, 4, "A", "B", "C");
        for (int i = 0; i < 500; i++) {
            Definition d = new Definition("Out", random.next(5));
            assertEquals(d, ExpressionParser.parse(d.text()), d.text());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "N3(t) = N1(t-1) or (N2(t-3) and not N2(t-2)|44|expected ')' to close the '(' at column 20, found the end",
        "N3(t) = N1(t-1) or or N2(t-1)|20|expected a neuron such as N1(t-1), '(' or 'not', found 'or'",
        "N3(t) = N1(t) or N2(t-1)|13|N1(t) is the present",
        "N3(t) = N1(t+1)|13|N1(t+...) is the future",
        "N3(t) = N1(t-0)|14|N1(t-0) is the present, not the past",
        "N3(t) = N1(t-1) N2(t-1)|17|expected 'and', 'or' or the end of the expression, found 'N2'",
        "N3(t) = N1(t-1) $ N2(t-1)|17|unexpected '$'",
        "N1(t-1) or N2(t-1)|5|expected ')': begin with the output neuron at time t",
        "N3(t) N1(t-1)|7|expected '=' after N3(t), found 'N1'",
        "N3(s) = N1(t-1)|4|expected 't', the time variable, found 's'",
        "N3(t) = N1(t-99)|14|a delay of 99 ticks is beyond this compiler's limit of 32",
    })
    void aSyntaxErrorNamesItsColumn(String text, int column, String problem) {
        InputError e = assertThrows(InputError.class, () -> ExpressionParser.parse(text));
        String start = "expression column " + column + ": " + problem;
        assertEquals(start, e.getMessage().substring(0, Math.min(e.getMessage().length(), start.length())), e.getMessage());
    }
}
