package org.mark1.experiment;

import org.mark1.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs one scenario once per seed, on several threads, and hands back the runs in seed order.
 * Each run builds, wires and trains its own machine from its own seed and shares nothing with the
 * others, so the results (and the files written from them) are the same on one thread or many.
 * One progress bar counts the work of all seeds together.
 */
public final class SeedSweep {

    private SeedSweep() {
    }

    /** Threads to use when none are asked for: one per processor. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Runs {@code s} with each of {@code seeds} as its master seed (and no {@code seeds:} of its own).
     *
     * @param options wiring and saved state shared by every seed (read only); no trace
     * @param threads how many runs at once, at least 1
     */
    public static List<Experiment.Result> run(Scenario s, List<Long> seeds, Experiment.Options options, int threads,
            Progress progress) {
        return run(s, seeds, options, threads, progress, r -> r);
    }

    /**
     * Runs {@code s} with each of {@code seeds} as its master seed, hands each run to {@code then} on
     * the thread that ran it (to write its files while other seeds run), and returns what {@code then}
     * gave, in seed order. The runs themselves are not kept.
     */
    public static <R> List<R> run(Scenario s, List<Long> seeds, Experiment.Options options, int threads, Progress progress,
            java.util.function.Function<Experiment.Result, R> then) {
        return runEach(seeds.stream().map(seed -> s.withSeeds(null).withSeed(seed)).toList(), s.name(), "seeds", options,
                threads, progress, then);
    }

    /**
     * Runs every scenario of {@code runs} (each with its master seed, and no {@code seeds:} of its own)
     * on {@code threads} threads under one progress bar, hands each run to {@code then} on the thread
     * that ran it, and returns what {@code then} gave, in the order of {@code runs}.
     *
     * @param task what the bar shows ("mark1-squares"), and {@code unit} what it counts ("seeds")
     */
    public static <R> List<R> runEach(List<Scenario> runs, String task, String unit, Experiment.Options options, int threads,
            Progress progress, java.util.function.Function<Experiment.Result, R> then) {
        if (options.trace() != null) {
            throw new IllegalArgumentException("a trace is written for one seed at a time");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        Shared shared = new Shared(progress, runs.size(), task, unit);
        List<R> results = inOrder(runs, threads, r -> then.apply(Experiment.run(r, options, shared.part())));
        shared.finish();
        return results;
    }

    /**
     * Applies {@code work} to every item on {@code threads} threads and returns the results in the
     * items' order, so that what is made from them does not depend on the number of threads. The
     * first failure is thrown as it was.
     */
    public static <T, R> List<R> inOrder(List<T> items, int threads, java.util.function.Function<T, R> work) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (threads == 1 || items.size() < 2) {
            return items.stream().map(work).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, items.size()));
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> work.apply(item)));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One bar for all seeds: each seed's run reports to its own part, the parts add up. */
    private static final class Shared {
        private final Progress bar;
        private final int seeds;
        private final String task;
        private final String unit;
        private long done;
        private int finished;
        private boolean started;

        Shared(Progress bar, int seeds, String task, String unit) {
            this.bar = bar;
            this.seeds = seeds;
            this.task = task;
            this.unit = unit;
        }

        synchronized void start(long perSeed) {
            if (!started) {
                started = true; // every seed of one scenario has the same amount of work
                bar.start(task + " x " + seeds + " " + unit, perSeed * seeds);
            }
        }

        synchronized void add(long steps, boolean seedDone) {
            done += steps;
            finished += seedDone ? 1 : 0;
            bar.advance(done, finished + " of " + seeds + " " + unit + " done");
        }

        synchronized void finish() {
            if (started) {
                bar.finish();
            }
        }

        Progress part() {
            return new Progress() {
                private long mine;

                @Override
                public void start(String name, long total) {
                    Shared.this.start(total);
                }

                @Override
                public void advance(long now, String message) {
                    add(now - mine, false);
                    mine = now;
                }

                @Override
                public void finish() {
                    add(0, true);
                }
            };
        }
    }
}
