package org.mark1.experiment;

/** Told how far a long run has gone; the command line shows it as a progress bar. */
public interface Progress {

    /** A progress that shows nothing. */
    Progress NONE = new Progress() {
        @Override
        public void start(String task, long total) {
        }

        @Override
        public void advance(long done, String message) {
        }

        @Override
        public void finish() {
        }
    };

    void start(String task, long total);

    /** {@code done} units of the total are complete. */
    void advance(long done, String message);

    void finish();
}
