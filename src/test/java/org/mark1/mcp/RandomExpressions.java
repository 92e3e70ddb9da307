package org.mark1.mcp;

import java.util.SplittableRandom;

/** Random temporal propositional expressions over a few inputs, for property tests. */
final class RandomExpressions {
    private final SplittableRandom random;
    private final String[] inputs;
    private final int maxDelay;

    RandomExpressions(long seed, int maxDelay, String... inputs) {
        this.random = new SplittableRandom(seed);
        this.inputs = inputs;
        this.maxDelay = maxDelay;
    }

    Expr next(int depth) {
        if (depth == 0 || random.nextInt(4) == 0) {
            return new Expr.Atom(inputs[random.nextInt(inputs.length)], 1 + random.nextInt(maxDelay));
        }
        return switch (random.nextInt(5)) {
            case 0 -> new Expr.Not(next(depth - 1));
            case 1, 2 -> new Expr.And(next(depth - 1), next(depth - 1));
            default -> new Expr.Or(next(depth - 1), next(depth - 1));
        };
    }

    boolean[][] sequences(int count, int length) {
        boolean[][] s = new boolean[count * inputs.length][length];
        for (boolean[] row : s) {
            for (int t = 0; t < length; t++) {
                row[t] = random.nextInt(3) == 0;
            }
        }
        return s;
    }
}
