/**
 * What a person reads: run and sweep folders, report.md, the curve and field plots (XChart) and
 * pictures, the replays of the historical scenarios and docs/scenarios.md. Paints what experiment
 * computed and never recomputes it; compares no rules and times nothing.
 */
package org.mark1.report;
