/**
 * Running a scenario: one run, a sweep over seeds, lesions, distances, retraining, the per-run
 * summary and the statistics over seeds. Computes figures; writes no report and draws no plot.
 */
package org.mark1.experiment;
