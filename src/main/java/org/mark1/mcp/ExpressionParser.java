package org.mark1.mcp;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mark1.io.InputError;

/**
 * Reads a definition such as {@code N3(t) = N1(t-1) or (N2(t-3) and not N2(t-2))}.
 *
 * <p>Grammar: {@code NAME(t) = expr}; {@code expr} joins atoms {@code NAME(t-k)} (k ≥ 1) and
 * parentheses with {@code not} (also {@code ~ ¬ !}), {@code and} ({@code & ∧ · .}) and {@code or}
 * ({@code | ∨}); {@code not} binds tightest, then {@code and}, then {@code or}. {@code ≡} may stand
 * for {@code =}. Names are letters of any script, then letters, digits, marks or {@code _}. A mistake
 * is one line naming its column: {@code expression column 17: ...}.
 *
 * <p>Limits, checked before any tree is built, so that no later stage (the compiler, the evaluator,
 * the check) can run out of stack or time on what the parser admits: at most {@value #MAX_LENGTH}
 * characters and at most {@value #MAX_NESTING} levels of parentheses and {@code not}s inside one
 * another. Chains of {@code and}/{@code or} are read by loops; the length bounds them.
 */
public final class ExpressionParser {
    public static final int MAX_DELAY = 32;
    /** The longest expression read, in characters. */
    public static final int MAX_LENGTH = 4000;
    /** The deepest nesting of parentheses and {@code not}s read. */
    public static final int MAX_NESTING = 200;

    enum TokenKind { NAME, NUMBER, OPEN, CLOSE, MINUS, PLUS, EQUALS, AND, OR, NOT, END }

    record Token(TokenKind kind, String text, int column) {
        String shown() {
            return kind == TokenKind.END ? "the end" : "'" + InputError.excerpt(text) + "'";
        }
    }

    private final List<Token> tokens;
    private int next;

    private ExpressionParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    public static Definition parse(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new InputError("expression too long: " + text.length() + " characters; the limit is " + MAX_LENGTH
                    + "; split it into smaller expressions");
        }
        List<Token> tokens = tokenize(text);
        int nesting = nesting(tokens);
        if (nesting > MAX_NESTING) {
            throw new InputError("expression too deep: " + nesting + " nested levels of parentheses and 'not'; the limit is "
                    + MAX_NESTING + "; remove redundant parentheses or double negations");
        }
        return new ExpressionParser(tokens).definition();
    }

    /**
     * How deep the parser would recurse, counted without recursing: open groups plus the {@code not}s
     * still waiting for their operand. An atom or a closed group is the operand of every {@code not}
     * waiting at its level. The parentheses of an atom ({@code N1(t-1)}) are not a group.
     */
    static int nesting(List<Token> tokens) {
        int[] waiting = new int[tokens.size() + 1]; // nots waiting, per level of groups
        boolean[] atomParen = new boolean[tokens.size() + 1];
        int parens = 0;
        int groups = 0;
        int nots = 0;
        int deepest = 0;
        TokenKind before = null;
        for (Token t : tokens) {
            if (t.kind() == TokenKind.NOT) {
                waiting[groups]++;
                nots++;
            } else if (t.kind() == TokenKind.OPEN) {
                atomParen[parens] = before == TokenKind.NAME;
                groups += atomParen[parens++] ? 0 : 1;
            } else if (t.kind() == TokenKind.CLOSE && parens > 0) {
                if (!atomParen[--parens]) {
                    nots -= waiting[groups];
                    waiting[groups--] = 0;
                }
                nots -= waiting[groups];
                waiting[groups] = 0;
            }
            deepest = Math.max(deepest, groups + nots);
            before = t.kind();
        }
        return deepest;
    }

    private Definition definition() {
        Token name = neuronName(expect(TokenKind.NAME, "the output neuron, as in N3(t) = N1(t-1) or N2(t-1)"));
        expect(TokenKind.OPEN, "'(' after the output's name, as in " + name.text() + "(t) = ...");
        Token t = expect(TokenKind.NAME, "'t': the left side is the output at time t, as in " + name.text() + "(t) = ...");
        requireT(t);
        expect(TokenKind.CLOSE, "')': begin with the output neuron at time t, as in Out(t) = " + name.text() + "(t-1) ...");
        expect(TokenKind.EQUALS, "'=' after " + name.text() + "(t)");
        Expr e = or();
        expect(TokenKind.END, "'and', 'or' or the end of the expression");
        return new Definition(name.text(), e);
    }

    private Expr or() {
        Expr e = and();
        while (peek().kind() == TokenKind.OR) {
            next++;
            e = new Expr.Or(e, and());
        }
        return e;
    }

    private Expr and() {
        Expr e = not();
        while (peek().kind() == TokenKind.AND) {
            next++;
            e = new Expr.And(e, not());
        }
        return e;
    }

    private Expr not() {
        if (peek().kind() == TokenKind.NOT) {
            next++;
            return new Expr.Not(not());
        }
        if (peek().kind() == TokenKind.OPEN) {
            Token open = tokens.get(next++);
            Expr e = or();
            expect(TokenKind.CLOSE, "')' to close the '(' at column " + open.column());
            return e;
        }
        return atom();
    }

    private Expr atom() {
        Token name = neuronName(expect(TokenKind.NAME, "a neuron such as N1(t-1), '(' or 'not'"));
        expect(TokenKind.OPEN, "'(' after " + name.text() + ", as in " + name.text() + "(t-1)");
        requireT(expect(TokenKind.NAME, "'t' in " + name.text() + "(t-1)"));
        Token sign = peek();
        if (sign.kind() != TokenKind.MINUS) {
            String when = sign.kind() == TokenKind.CLOSE ? "(t) is the present" : sign.kind() == TokenKind.PLUS ? "(t+...) is the future" : null;
            throw error(sign, when != null
                    ? name.text() + when + "; a neuron responds only to what fired at least one synaptic delay before:"
                        + " write " + name.text() + "(t-1) or earlier"
                    : "expected '-' and a delay, as in " + name.text() + "(t-1), found " + sign.shown());
        }
        next++;
        Token k = expect(TokenKind.NUMBER, "a delay of 1 or more ticks after 't-'");
        int delay = k.text().length() > 3 ? Integer.MAX_VALUE : Integer.parseInt(k.text());
        if (delay < 1) {
            throw error(k, name.text() + "(t-0) is the present, not the past; the delay must be at least 1");
        }
        if (delay > MAX_DELAY) {
            throw error(k, "a delay of " + InputError.excerpt(k.text()) + " ticks is beyond this compiler's limit of " + MAX_DELAY);
        }
        expect(TokenKind.CLOSE, "')' after " + name.text() + "(t-" + delay);
        return new Expr.Atom(name.text(), delay);
    }

    private static Token neuronName(Token name) {
        String problem = Neuron.nameProblem(name.text());
        if (problem != null) {
            throw error(name, problem);
        }
        return name;
    }

    private void requireT(Token t) {
        if (!t.text().equals("t")) {
            throw error(t, "expected 't', the time variable, found " + t.shown());
        }
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token expect(TokenKind kind, String what) {
        Token t = peek();
        if (t.kind() != kind) {
            throw error(t, "expected " + what + ", found " + t.shown());
        }
        next++;
        return t;
    }

    private static InputError error(Token at, String problem) {
        return error(at.column(), problem);
    }

    private static InputError error(int column, String problem) {
        return new InputError("expression column " + column + ": " + problem);
    }

    static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int column = i + 1;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetter(text.codePointAt(i))) {
                int end = i;
                while (end < text.length() && isNamePart(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
                String word = Normalizer.normalize(text.substring(i, end), Normalizer.Form.NFC);
                out.add(new Token(keyword(word), word, column));
                i = end;
            } else if (c >= '0' && c <= '9') {
                int end = i;
                while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
                    end++;
                }
                out.add(new Token(TokenKind.NUMBER, text.substring(i, end), column));
                i = end;
            } else {
                int length = text.startsWith("&&", i) || text.startsWith("||", i) || text.startsWith("==", i) ? 2 : 1;
                TokenKind kind = symbol(text.substring(i, i + length));
                if (kind == null) {
                    throw error(column, "unexpected " + shown(text.codePointAt(i)) + "; write and, or, not, parentheses and atoms such as N1(t-1)");
                }
                out.add(new Token(kind, text.substring(i, i + length), column));
                i += length;
            }
        }
        out.add(new Token(TokenKind.END, "", text.length() + 1));
        return out;
    }

    /** A letter, digit or mark of any script, or '_': what may follow a name's first letter. */
    static boolean isNamePart(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || cp == '_' || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static String shown(int cp) {
        return Character.isISOControl(cp) || Character.isWhitespace(cp) || Character.getType(cp) == Character.FORMAT
                || Character.isSurrogate((char) cp) ? String.format("character U+%04X", cp) : "'" + Character.toString(cp) + "'";
    }

    private static TokenKind keyword(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "and" -> TokenKind.AND;
            case "or" -> TokenKind.OR;
            case "not" -> TokenKind.NOT;
            default -> TokenKind.NAME;
        };
    }

    private static TokenKind symbol(String s) {
        return switch (s) {
            case "(" -> TokenKind.OPEN;
            case ")" -> TokenKind.CLOSE;
            case "-", "\u2212" -> TokenKind.MINUS;
            case "+" -> TokenKind.PLUS;
            case "=", "==", "\u2261" -> TokenKind.EQUALS;
            case "&", "&&", "\u2227", "\u00b7", "." -> TokenKind.AND;
            case "|", "||", "\u2228" -> TokenKind.OR;
            case "~", "!", "\u00ac" -> TokenKind.NOT;
            default -> null;
        };
    }
}
