package org.mark1.exhibit;

/**
 * A visitor played by a program (the tests, the soak run, the rendered pictures): draws one of two figures by strokes on the retina, a little off from
 * the last time, and teaches it; {@code variant} picks the offset. Class A is a ring, class B a
 * cross (the two most often drawn by visitors of drawing exhibits, and not told apart by size).
 */
public final class ScriptedVisitor {

    private ScriptedVisitor() {
    }

    static void drawRing(Kiosk k, int dx, int dy) {
        for (int a = 0; a < 64; a++) {
            double t = 2 * Math.PI * a / 64;
            k.draw(10 + dy + (int) Math.round(5 * Math.sin(t)), 10 + dx + (int) Math.round(5 * Math.cos(t)));
        }
    }

    static void drawCross(Kiosk k, int dx, int dy) {
        for (int i = -5; i <= 5; i++) {
            k.draw(10 + dy + i, 10 + dx + i);
            k.draw(10 + dy + i, 10 + dx - i);
        }
    }

    /** Draws and teaches card number {@code n}: even numbers a ring (A), odd a cross (B). */
    public static void teach(Kiosk k, int n) {
        k.press(Kiosk.Action.CLEAR);
        int dx = n / 2 % 3 - 1;
        int dy = n / 2 / 3 % 3 - 1;
        if (n % 2 == 0) {
            drawRing(k, dx, dy);
            k.press(Kiosk.Action.TEACH_A);
        } else {
            drawCross(k, dx, dy);
            k.press(Kiosk.Action.TEACH_B);
        }
    }
}
