package org.mark1.bench;

import org.mark1.experiment.Experiment;
import org.mark1.experiment.Progress;
import org.mark1.scenario.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code docs/performance.md}, written from measurements made by {@code mark1 bench --report}: the
 * benchmark's figures, how the cost grows with the machine, what a seed costs, whether the runs fit
 * their heaps, and how to spread seeds over a batch scheduler.
 */
public final class PerformanceReport {

    /** Wall time of one run of a scenario, in this JVM once warm. */
    public record SeedTime(String scenario, String machine, double seconds, int presentations) {
    }

    /** A run in a child JVM with a capped heap: did it finish, and how long did it take. */
    public record HeapCheck(String what, String heap, List<String> command, int exit, double seconds) {
    }

    /**
     * A sweep run as a user runs it, in a fresh JVM: its wall time on {@code threads} threads, and the
     * processor time the JVM's just-in-time compilers spent on it (from {@code -XX:+CITime}).
     */
    public record ColdSweep(List<String> command, int threads, double seconds, double compileSeconds, int exit) {
    }

    /** Everything the document shows. */
    public record Measurements(Benchmark.Report figures, List<Scaling.SizePoint> byUnits, List<Scaling.SizePoint> byRetina,
            List<SeedTime> seeds, List<HeapCheck> heaps, List<ColdSweep> cold, String environment) {
    }

    private PerformanceReport() {
    }

    /** Runs {@code mark1 ARGS} in a fresh JVM with heap {@code heap} (e.g. "64m") and times it. */
    public static HeapCheck heapCheck(String what, String heap, List<String> args) {
        Child c = child(List.of("-Xmx" + heap), args);
        return new HeapCheck(what, heap, args, c.exit(), c.seconds());
    }

    /** Runs {@code mark1 ARGS --threads N} in a fresh JVM, timing it and reading its compilers' time. */
    public static ColdSweep coldSweep(List<String> args, int threads) {
        List<String> full = new ArrayList<>(args);
        full.add("--threads");
        full.add(Integer.toString(threads));
        Child c = child(List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:+CITime"), full);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Total compilation time\\s*:\\s*([0-9.]+) s").matcher(c.output());
        return new ColdSweep(args, threads, c.seconds(), m.find() ? Double.parseDouble(m.group(1)) : Double.NaN, c.exit());
    }

    private record Child(int exit, double seconds, String output) {
    }

    private static Child child(List<String> flags, List<String> args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(flags);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.mark1.cli.Mark1"));
        command.addAll(args);
        long start = System.nanoTime();
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = p.waitFor();
            return new Child(exit, (System.nanoTime() - start) / 1e9, output);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + java + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The wall time of one seed of {@code s}, warm, median of {@code runs}. */
    public static SeedTime seedTime(Scenario s, String machine, int runs) {
        double[] t = new double[runs];
        int presentations = 0;
        Experiment.run(s, Experiment.Options.defaults(), Progress.NONE); // warm-up
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Experiment.Result r = Experiment.run(s, Experiment.Options.defaults(), Progress.NONE);
            t[i] = (System.nanoTime() - start) / 1e9;
            presentations = r.summary().presentations() + r.summary().trainingStimuli() + r.summary().freshStimuli();
        }
        return new SeedTime(s.name(), machine, Benchmark.median(t), presentations);
    }

    /** Writes the document and its two pictures ({@code images}/performance-*.png). */
    public static void write(Path doc, Path images, Measurements m) throws IOException {
        Files.createDirectories(images);
        org.mark1.io.AtomicFiles.write(images.resolve("performance-a-units.png"), out -> out.write(Scaling.png(m.byUnits(), true,
                "Cost of a presentation against A-units (20 x 20 retina)")));
        org.mark1.io.AtomicFiles.write(images.resolve("performance-retina.png"), out -> out.write(Scaling.png(m.byRetina(),
                false, "Cost of a presentation against photocells (512 A-units)")));
        String rel = doc.toAbsolutePath().getParent().relativize(images.toAbsolutePath()).toString().replace('\\', '/');
        org.mark1.io.AtomicFiles.writeString(doc, markdown(m, rel.isEmpty() ? "." : rel) + installedSection(doc));
    }

    /** The installed-against-jar section that src/main/dist/linux/start-times.sh wrote at the end of the old document, kept. */
    private static String installedSection(Path doc) throws IOException {
        String old = Files.isRegularFile(doc) ? Files.readString(doc) : "";
        int at = old.indexOf("\n## Installed against java -jar\n");
        return at < 0 ? "" : old.substring(at);
    }

    static String markdown(Measurements m, String images) {
        StringBuilder b = new StringBuilder();
        Benchmark.Report f = m.figures();
        b.append("# Performance\n\n");
        b.append("<!-- Written by `java -jar target/mark1.jar bench --report docs/performance.md`; do not edit by hand. -->\n\n");
        b.append("How fast the simulator works the machine, measured by the command above on ").append(m.environment())
                .append(". This computer is shared and its speed drifts, so every figure is a **ratio to a baseline measured in the "
                        + "same run**: engines take turns within a round, rounds repeat, and the ratio is the median over rounds. "
                        + "Absolute rates are context only.\n\n");
        b.append("## The figures\n\n");
        b.append(String.format(Locale.ROOT, "Scenario `%s`, %,d presentations per engine per round (ten times as many for "
                + "the cached training and scikit-learn)%s, median of %d rounds.%n%n", f.scenario(), f.presentations(),
                f.seeds() == 0 ? "" : String.format(Locale.ROOT, "; %d seeds a round for the seeds in parallel", f.seeds()),
                f.rounds()));
        b.append("| figure | engine | per second | baseline | per second | ratio | target | what dominates the cost |\n");
        b.append("|---|---|---:|---|---:|---:|---|---|\n");
        for (Benchmark.SpeedFigure x : f.figures()) {
            String unit = x.unit().equals("presentations") ? "" : " " + x.unit();
            b.append(String.format(Locale.ROOT, "| %s | %s | %s%s | %s | %s%s | **%.2f x** | %s | %s |%n", x.figure(), x.engine(),
                    Benchmark.rate(x.perSecond(), x.unit()), unit, x.baseline(), Benchmark.rate(x.baselinePerSecond(), x.unit()),
                    unit, x.ratio(), x.target().isEmpty() ? "" : x.target(), x.dominant()));
        }
        b.append("\n");
        b.append("""
                - **A-layer**: 400 photocells to 512 A-units, on retina states that differ every time (1,024 of the scenario's \
                figures, shown in turn). The **baseline** is the nested loop: for each A-unit, for each of its plugs, test \
                the photocell (`experiment/Baselines.java`).
                - **ideal trial**: retina, A-units, R-units and learning, the pots turned at once (`Trainer`), against the same \
                trial written plainly around the nested loop. Each round trains a fresh machine on the training cards.
                - **session trial**: the same trial in the discrete-event `Session`, against the ideal trial (a ratio of 0.5 is \
                "twice as slow").
                - **cached training**: the same training when each card's A-unit response is computed once (`CachedTrainer`); \
                its baseline is the plain nested-loop trial and, with `--sklearn`, scikit-learn's `Perceptron` fitted on the \
                same 512 features for the same number of presentations (script `sklearn_perceptron.py`, beside \
                `Benchmark.java` in the resources). The cost of one presentation falls as the machine learns (a right answer \
                turns no pot), which is why every engine trains on the same cards for the same number of presentations.
                - **seeds in parallel**: `mark1 replay`'s path (every seed run, its folder written, then the sweep's own \
                files) and `mark1 compare`'s (the error-correction and LMS rules on every seed, then its table and plot), \
                on one thread against one per processor, in this JVM once warm. The folders written both ways are \
                compared byte for byte after the rounds, and the benchmark stops if one byte differs. Rates count seeds \
                (a seed of each rule, for compare).
                - **processors alone**: the same thread pool doing nothing but arithmetic in registers, timed in the same \
                rounds: what this computer's cores give at that moment, for scale. The seeds touch memory (cards, \
                counters, pictures being drawn and encoded), which the two cores share; writing each seed's pictures is \
                the part that gains least.

                Speed never changes a result: tests (`AssociationUnitsPathsTest`, `FastPathsTest`, `EventQueueTest`) compare \
                every fast path with the plain rule, plug by plug, on many random machines and stimuli, including a dark \
                retina, every cell lit, photocells at their fan-out limit, dead and stuck cells and photocell noise.

                ## How the A-layer is computed

                The ways measured are the rows marked *candidate*. `AssociationUnits` keeps the first two and a plain \
                loop over each unit's plugs, and at each retina state takes the one whose estimated work is least \
                (the column *counts by* above and below shows its choice on the first state):

                1. **Bit-sliced counters** (`SlicedCounters`), for at most 7 excitatory and 7 inhibitory plugs per unit \
                (the Mark I has 5 and 5) while their masks take at most 8 MB: each photocell holds a mask of the A-units it excites \
                and one of those it inhibits; the lit photocells' masks are added into three-bit counters held bit-sliced, \
                64 A-units to a `long`, by a few ANDs and XORs; a bit-sliced adder then forms E - I - theta and a unit fires \
                where its sign bit is clear. The work is (lit photocells) x (A-units / 64).
                2. **Fan-out lists**: each photocell lists the A-units it feeds, each unit keeps \
                its net count for the last retina state, and a new state is reached from the last one or from a dark \
                retina, whichever is nearer, by walking only the lists of the photocells that differ. The work is (changed \
                photocells) x (fan-out), and memory grows with the plugs, not with A-units x photocells.
                3. **Unit loop**: each unit's plugs in turn, A-units x plugs whatever the retina; it wins when a large \
                retina is lit widely but feeds few units.
                4. **Bit masks and popcount** (the previous model): each unit's plugs as masks over the retina, AND and \
                count word by word. The work is A-units x retina words whatever the figure, and memory is A-units x \
                photocells bits: 655 MB for the largest legal machine. Kept in the benchmark only.

                The JDK's Vector API was not used: it is an incubator module in Java 17 (it needs \
                `--add-modules jdk.incubator.vector` on every `java` command line, which a runnable jar cannot ask for), \
                and bit-sliced counting already works on 64 units per machine word in plain Java.

                """);
        b.append("## How the cost grows\n\n");
        b.append("The scenario's machine with more A-units on its 20 x 20 retina (the fan-out limit raised as far as the "
                + "plugs need), and with a larger retina and 512 A-units (figures scaled with the retina). Microseconds per "
                + "presentation, median over rounds:\n\n");
        scaleTable(b, m.byUnits());
        b.append("\n![Cost against A-units](").append(images).append("/performance-a-units.png)\n\n");
        scaleTable(b, m.byRetina());
        b.append("\n![Cost against photocells](").append(images).append("/performance-retina.png)\n\n");
        b.append("""
                The A-layer's cost grows with the A-units a lit photocell feeds; the nested loop's with every plug of every \
                unit. On a large retina the photocells themselves (one comparison per cell) and drawing the figures take \
                over.

                """);
        b.append("## What a seed costs\n\n");
        b.append("| scenario | machine | presentations | wall time per seed (warm, in one JVM) |\n|---|---|---:|---:|\n");
        for (SeedTime s : m.seeds()) {
            b.append(String.format(Locale.ROOT, "| `%s` | %s | %,d | %.2f s |%n", s.scenario(), s.machine(), s.presentations(),
                    s.seconds()));
        }
        b.append("\nA whole `mark1 run` in a fresh JVM, writing its files, with a capped heap:\n\n");
        b.append("| run | heap | command | finished | wall time |\n|---|---|---|---|---:|\n");
        for (HeapCheck h : m.heaps()) {
            b.append(String.format(Locale.ROOT, "| %s | `-Xmx%s` | `mark1 %s` | %s | %.1f s |%n", h.what(), h.heap(),
                    String.join(" ", h.command()), h.exit() == 0 ? "yes (exit 0)" : "**no** (exit " + h.exit() + ")",
                    h.seconds()));
        }
        if (!m.cold().isEmpty()) {
            b.append("\n## Seeds in parallel, in a fresh JVM\n\n");
            b.append("The figures above are measured once the JVM is warm. A command run from the shell also compiles "
                    + "the program as it goes: the JVM's just-in-time compilers work on a core of their own, beside the "
                    + "seeds. The same sweep, three times each way in fresh JVMs, median:\n\n");
            b.append("| command | threads | wall time | compiler time (processor) |\n|---|---:|---:|---:|\n");
            for (ColdSweep c : m.cold()) {
                b.append(String.format(Locale.ROOT, "| `mark1 %s` | %d | %.1f s%s | %.1f s |%n", String.join(" ", c.command()),
                        c.threads(), c.seconds(), c.exit() == 0 ? "" : " (exit " + c.exit() + ")", c.compileSeconds()));
            }
            ColdSweep one = m.cold().get(0);
            ColdSweep many = m.cold().get(m.cold().size() - 1);
            b.append(String.format(Locale.ROOT, "%nOn %d threads the whole command is **%.2f x** as fast as on one. On one thread "
                    + "the compilers have the second core to themselves; on two they take their %.1f s from the seeds. That "
                    + "work is the same whatever the number of seeds, so the longer the sweep, the nearer the whole "
                    + "command comes to the warm figure above.%n", many.threads(), one.seconds() / many.seconds(),
                    many.compileSeconds()));
        }
        b.append("""

                A fresh JVM adds its start-up (about a second) to every run. On the largest machine most of the time goes to \
                wiring the plugboard at random (drawing 10 of up to 40,000 photocells for each of 65,536 units), drawing the \
                figures and writing the 655,360-line wiring sheet, not to training. A trace (`--trace`) is written event by \
                event as the run goes (`Trace`), never held in memory.

                ## Many seeds on a batch scheduler

                One seed is one process: `mark1 run --seed N --out DIR` writes a folder whose `manifest.json` holds the \
                seed, every stream's seed and the whole scenario, so any run can be repeated byte for byte \
                (`mark1 run --manifest DIR/manifest.json --out AGAIN`). For 10^5 seeds, let the scheduler you already \
                have spread them as a job array; nothing else is needed. With Slurm:

                    sbatch --array=1-100000%200 --wrap 'java -jar mark1.jar run --seed $SLURM_ARRAY_TASK_ID --out runs/seed-$SLURM_ARRAY_TASK_ID'

                (with PBS or Grid Engine, the same line with `$PBS_ARRAY_INDEX` or `$SGE_TASK_ID`). Each task writes its \
                own folder whole or not at all, so a task that fails can be run again alone, and the folders can be \
                gathered in any order.

                Seeds that take a second are better run a hundred to a task, on the task's cores, with a seed range; each \
                task's folder then holds a row per seed (`seeds.csv`) and their summary:

                    sbatch --array=0-999 --cpus-per-task=2 --wrap 'A=$((SLURM_ARRAY_TASK_ID*100+1)); java -jar mark1.jar run --seeds $A-$((A+99)) --threads 2 --out runs/seeds-$A'

                The rows of all tasks together (`seeds.csv` has one header line) are the table of every seed, ready for \
                any statistics package.

                ## Running the benchmarks

                    java -jar target/mark1.jar bench                 # the figures, as ratios (about a minute)
                    java -jar target/mark1.jar bench --sklearn       # and scikit-learn (apt-get install python3-sklearn)
                    java -jar target/mark1.jar bench --report docs/performance.md   # this document and its plots
                    mvn -B -q -Pjmh test-compile exec:exec           # the JMH suite (src/jmh/java), with its ratios
                    mvn -B -q -Pjmh test-compile exec:exec -Djmh.args="-f 1 -wi 2 -i 3 aLayer"   # quicker, A-layer only

                The JMH suite runs the same engines (`Benchmark.Workload`) one after another, each in steady state; \
                `mark1 bench` interleaves them, which resists this computer's drift better.
                """);
        return b.toString();
    }

    private static void scaleTable(StringBuilder b, List<Scaling.SizePoint> points) {
        b.append("| A-units | retina | A-layer counts by | ideal trial (us) | A-layer, model (us) | A-layer, nested loop (us) "
                + "| A-layer ratio |\n|---:|---|---|---:|---:|---:|---:|\n");
        for (Scaling.SizePoint p : points) {
            b.append(String.format(Locale.ROOT, "| %,d | %d x %d | %s | %.1f | %.1f | %.1f | %.1f x |%n", p.units(), p.rows(),
                    p.columns(), p.counting().toLowerCase(Locale.ROOT).replace('_', '-'), p.trialMicros(), p.aLayerMicros(),
                    p.nestedMicros(), p.nestedMicros() / p.aLayerMicros()));
        }
    }
}
