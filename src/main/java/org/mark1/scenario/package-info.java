/**
 * The scenario file and what it holds: the machine's overrides, stimuli, classes and lamps,
 * training, evaluation, lesions, history, seeds; --set paths and the run manifest; validation with
 * one-line errors. Knows nothing of running a scenario or writing its results.
 */
package org.mark1.scenario;
