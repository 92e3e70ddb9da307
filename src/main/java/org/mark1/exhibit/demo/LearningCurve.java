package org.mark1.exhibit.demo;

import java.util.Arrays;

/**
 * The learning curve so far, as a running exhibit keeps it: errors per block of answers, the last
 * {@code capacity} blocks only (a machine that runs for days must not grow without end), plus the
 * block being filled.
 */
public final class LearningCurve {

    private final int block;
    private final int[] errors;
    private int start;
    private int count;
    private int filling;
    private int fillingErrors;

    public LearningCurve(int block, int capacity) {
        if (block < 1 || capacity < 1) {
            throw new IllegalArgumentException("block and capacity must be positive");
        }
        this.block = block;
        this.errors = new int[capacity];
    }

    /** Records one answer. */
    public void add(boolean error) {
        filling++;
        fillingErrors += error ? 1 : 0;
        if (filling == block) {
            if (count == errors.length) {
                start = (start + 1) % errors.length;
                count--;
            }
            errors[(start + count) % errors.length] = fillingErrors;
            count++;
            filling = 0;
            fillingErrors = 0;
        }
    }

    public void clear() {
        start = 0;
        count = 0;
        filling = 0;
        fillingErrors = 0;
    }

    /** Answers per point. */
    public int block() {
        return block;
    }

    /** Error fraction of each finished block, oldest first. */
    public double[] points() {
        double[] p = new double[count];
        for (int i = 0; i < count; i++) {
            p[i] = (double) errors[(start + i) % errors.length] / block;
        }
        return p;
    }

    /** Answers and errors in the block being filled. */
    public int[] filling() {
        return new int[] {filling, fillingErrors};
    }

    @Override
    public String toString() {
        return Arrays.toString(points());
    }
}
