package org.mark1.bench;

import java.util.concurrent.TimeUnit;
import org.mark1.scenario.ScenarioLoader;
import org.mark1.machine.AssociationUnits;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The benchmark's engines (org.mark1.bench.Benchmark) under JMH, on the flagship scenario.
 * Every method does {@link #ROUND} presentations on a machine prepared untimed; JMH reports
 * presentations per second. The A-layer methods fire on {@code ROUND} photocell states that differ
 * from one to the next; the trial methods train a fresh machine on the training cards. Baselines:
 * the {@code *NestedLoop} methods. {@link JmhRatios} prints each figure beside its baseline.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class MarkOneBenchmarks {

    /** Presentations per invocation: 20 passes over the flagship's 120 training cards. */
    public static final int ROUND = 2400;

    private Benchmark.Workload workload;
    private Benchmark.Run aNested;
    private Benchmark.Run aPopcount;
    private Benchmark.Run aFanOut;
    private Benchmark.Run aSliced;
    private Benchmark.Run aModel;
    private Benchmark.Run trialNested;
    private Benchmark.Run trialIdeal;
    private Benchmark.Run trialSession;
    private Benchmark.Run cached;

    @Setup(Level.Trial)
    public void load() {
        workload = new Benchmark.Workload(ScenarioLoader.builtIn(ScenarioLoader.FLAGSHIP), ROUND, 1024);
        aNested = workload.aLayerNestedLoop().prepare().get();
        aPopcount = workload.aLayerPopcount().prepare().get();
        aFanOut = workload.aLayerModel(AssociationUnits.Counting.FAN_OUT).prepare().get();
        aSliced = workload.aLayerModel(AssociationUnits.Counting.SLICED).prepare().get();
        aModel = workload.aLayerModel(AssociationUnits.Counting.AUTO).prepare().get();
    }

    /** A fresh machine for every round of training, built untimed. */
    @Setup(Level.Invocation)
    public void freshMachines() {
        trialNested = workload.trialNestedLoop().prepare().get();
        trialIdeal = workload.trialIdeal().prepare().get();
        trialSession = workload.trialSession().prepare().get();
        cached = workload.cachedTraining().prepare().get();
    }

    @org.openjdk.jmh.annotations.Benchmark
    @OperationsPerInvocation(ROUND)
    public long aLayerNestedLoop() {
        return aNested.go();
    }

    @org.openjdk.jmh.annotations.Benchmark
    @OperationsPerInvocation(ROUND)
    public long aLayerPopcount() {
        return aPopcount.go();
    }

    @org.openjdk.jmh.annotations.Benchmark
    @OperationsPerInvocation(ROUND)
    public long aLayerFanOut() {
        return aFanOut.go();
    }

    @org.openjdk.jmh.annotations.Benchmark
    @OperationsPerInvocation(ROUND)
    public long aLayerSliced() {
        return aSliced.go();
    }

    @org.openjdk.jmh.annotations.Benchmark
    @OperationsPerInvocation(ROUND)
    public long aLayerModel() {
        return aModel.go();
    }

    @org.openjdk.jmh.annotations.Benchmark
    @OperationsPerInvocation(ROUND)
    public long trialNestedLoop() {
        return trialNested.go();
    }

    @org.openjdk.jmh.annotations.Benchmark
    @OperationsPerInvocation(ROUND)
    public long trialIdeal() {
        return trialIdeal.go();
    }

    @org.openjdk.jmh.annotations.Benchmark
    @OperationsPerInvocation(ROUND)
    public long trialSession() {
        return trialSession.go();
    }

    @org.openjdk.jmh.annotations.Benchmark
    @OperationsPerInvocation(ROUND * 10) // Workload.cachedPresentations()
    public long cachedTraining() {
        return cached.go();
    }
}
