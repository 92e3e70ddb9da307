package org.mark1.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mark1.compare.LabelledTable;
import org.mark1.experiment.Progress;
import org.mark1.compare.StartingWeights;
import org.mark1.compare.TableLearning;
import org.mark1.io.AtomicFiles;
import org.mark1.io.InputError;
import org.mark1.learning.Rules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mark1 learn}: any rule on the user's own table of numbers. */
@Command(name = "learn", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Trains one learning rule on your own CSV table (ideal weights: real numbers, no motors): "
            + "numeric feature columns, the last column the label (0/1 or two class names); a header row is detected. "
            + "Writes the learned weights and bias (mlp: its layers), the outputs, and accuracy and loss per epoch as JSON."})
public final class LearnCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--rule", required = true, paramLabel = "RULE",
            description = "error-correction, forced, gamma, hebb, lms, sigmoid, sigmoid-ce or mlp")
    String rule;

    @Option(names = "--data", required = true, paramLabel = "FILE.csv", description = "the table")
    Path data;

    @Option(names = "--epochs", defaultValue = "100", paramLabel = "N", description = "passes through the table (default: 100)")
    int epochs;

    @Option(names = "--eta", defaultValue = "1", paramLabel = "X", description = "learning rate (default: 1)")
    double eta;

    @Option(names = "--gain", defaultValue = "1", paramLabel = "G",
            description = "lms, sigmoid, sigmoid-ce: output gain g, the unit's output from g * u (default: 1; on the Mark I "
                + "training.gain, 0.1 per motor step)")
    double gain;

    @Option(names = "--hidden", defaultValue = "4", paramLabel = "H", description = "mlp: hidden sigmoid units (default: 4)")
    int hidden;

    @Option(names = "--no-bias", description = "mlp: layers without biases (give the table a constant column instead)")
    boolean noBias;

    @Option(names = "--init", paramLabel = "FILE.json", description = "start from these weights (the shape learn writes)")
    Path init;

    @Option(names = "--batch", defaultValue = "online", paramLabel = "full|online",
            description = "online: a step after each row; full: one step per epoch from all rows (default: online)")
    String batch;

    @Option(names = "--order", defaultValue = "as-given", paramLabel = "as-given|shuffled",
            description = "row order in each epoch (default: as-given)")
    String order;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
            description = "seed of the shuffled order and of mlp's random initial weights (default: 1)")
    long seed;

    @Option(names = "--out", paramLabel = "FILE.json", description = "where to write (default: runs/learn-<data>-<rule>.json)")
    Path out;

    @Override
    public Integer call() {
        Rules r = keyword(Rules.class, "--rule", rule);
        TableLearning.BatchMode b = keyword(TableLearning.BatchMode.class, "--batch", batch);
        TableLearning.RowOrder o = keyword(TableLearning.RowOrder.class, "--order", order);
        if (epochs < 1 || epochs > 10_000_000) {
            throw new InputError("--epochs " + epochs + " is out of range; allowed: 1 to 10000000");
        }
        if (!Double.isFinite(eta) || eta <= 0) {
            throw new InputError("--eta " + eta + " must be a positive number");
        }
        if (!Double.isFinite(gain) || gain <= 0) {
            throw new InputError("--gain " + gain + " must be a positive number");
        }
        if (gain != 1 && !r.hasGain()) {
            throw new InputError("--gain: '" + r.id() + "' has no output gain; drop --gain (gains: lms, sigmoid, sigmoid-ce)");
        }
        if (hidden < 1 || hidden > 10_000) {
            throw new InputError("--hidden " + hidden + " is out of range; allowed: 1 to 10000");
        }
        LabelledTable table = LabelledTable.read(data);
        TableLearning.LearnedWeights start = init == null ? null
                : StartingWeights.read(init, r, table.features().size());
        String stem = data.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        Path target = out != null ? out : Path.of("runs", "learn-" + stem + "-" + r.id() + ".json");
        AtomicFiles.checkFileWritable(target); // before the epochs: a folder or a device in the way fails now
        Progress progress = ProgressBarProgress.onTerminal();
        TableLearning.LearnResult result = TableLearning.run(data.getFileName().toString(), table,
                new TableLearning.LearnOptions(r, epochs, eta, gain, hidden, !noBias, b, o, seed, start), progress);
        AtomicFiles.writeString(target, TableLearning.json(result));
        double[] acc = result.accuracy();
        spec.commandLine().getOut().printf(Locale.ROOT, "%s on %s: %d rows, %d epochs; accuracy %.1f%% after the last epoch%s%n",
                r.id(), data, table.size(), epochs, 100 * acc[acc.length - 1],
                result.loss() == null ? "" : String.format(Locale.ROOT, ", loss %.6g", result.loss()[epochs - 1]));
        spec.commandLine().getOut().printf("  weights in %s%n", target);
        spec.commandLine().getOut().flush();
        return 0;
    }

    static <E extends Enum<E> & org.mark1.io.Keyword> E keyword(Class<E> type, String option, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.id().equals(value)) {
                return e;
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            allowed.append(allowed.length() == 0 ? "" : ", ").append(e.id());
        }
        throw new InputError(option + " '" + value + "' is unknown; allowed: " + allowed);
    }
}
