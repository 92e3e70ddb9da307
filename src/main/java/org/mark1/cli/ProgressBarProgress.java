package org.mark1.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.mark1.experiment.Progress;

/** Shows a run's progress as a bar on standard error, on a terminal only. */
final class ProgressBarProgress implements Progress {

    private ProgressBar bar;

    private ProgressBarProgress() {
    }

    /**
     * A bar when a person is watching a terminal; otherwise (output redirected, a test, a batch job)
     * nothing, so that logs and captured output hold results, not bars.
     */
    static Progress onTerminal() {
        return System.console() != null ? new ProgressBarProgress() : Progress.NONE;
    }

    @Override
    public void start(String task, long total) {
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200).build();
    }

    @Override
    public void advance(long done, String message) {
        bar.stepTo(done);
        bar.setExtraMessage(message);
    }

    @Override
    public void finish() {
        bar.close();
    }
}
