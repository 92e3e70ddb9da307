package org.mark1.experiment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * What a run found, as written to {@code summary.json}. Holds nothing that depends on the computer
 * or the hour (no wall time), so the same scenario and seed give the same bytes.
 *
 * @param scenario          the scenario's name
 * @param seed              the master seed
 * @param rule              the learning rule
 * @param trainingStimuli   size of the training set
 * @param freshStimuli      size of the fresh set
 * @param presentations     training presentations made
 * @param errors            of which answered wrongly (a sum at threshold counts as wrong)
 * @param passes            passes made through the training set
 * @param firstErrorFreePass the first pass with no error (from 1), or null if none came
 * @param presentationsToLearn presentations before that pass began, or null
 * @param learningCurve     errors per block of presentations
 * @param trainAccuracy     fraction of training stimuli answered rightly after training
 * @param freshAccuracy     fraction of fresh stimuli answered rightly (null when there are none)
 * @param freshAnswers      for each class, how often each answer was given to its fresh stimuli
 * @param freshCards        fresh cards drawn again because they equalled a training card, and those still equal
 * @param litPhotocells     firing photocells per training presentation
 * @param activeAUnits      firing A-units per training presentation
 * @param silentAUnits      A-units that fired on no training presentation
 * @param alwaysOnAUnits    A-units that fired on every training presentation
 * @param potsAtEndStops    pots resting on an end stop after training
 * @param thresholds        each R-unit's threshold after training, in motor steps (absent in ideal weight mode,
 *                          where the machine's own thresholds never move)
 * @param simulatedMicros   how long the run would have taken on the Mark I, in microseconds of the
 *                          simulated clock (the one unit of simulated time: events, trace, summary)
 * @param simulatedTime     the same, for people
 * @param generalisation    accuracy on the fresh stimuli measured during training (with {@code evaluation.every}), or null
 * @param lesion            accuracy of the trained machine with A-units removed (with {@code lesion:}), or null
 * @param retraining        the second course of training and what it left of the first (with {@code retraining:}), or null
 * @param distance          accuracy against distance from the training place (with {@code evaluation.distance}), or null
 * @param idealThresholds   in ideal weight mode, each R-unit's learned real-valued threshold; otherwise null
 * @param stepsRefusedAtEndStops steps the rule asked of the pots that an end stop took away (0, left out of
 *                          summary.json, when none did)
 */
@JsonPropertyOrder(alphabetic = false)
public record Summary(
        String scenario,
        long seed,
        String rule,
        int trainingStimuli,
        int freshStimuli,
        int presentations,
        int errors,
        int passes,
        Integer firstErrorFreePass,
        Integer presentationsToLearn,
        Curve learningCurve,
        double trainAccuracy,
        Double freshAccuracy,
        Map<String, Map<String, Integer>> freshAnswers,
        FreshCards freshCards,
        Stats litPhotocells,
        Stats activeAUnits,
        int silentAUnits,
        int alwaysOnAUnits,
        int potsAtEndStops,
        @JsonInclude(JsonInclude.Include.NON_NULL) int[] thresholds,
        long simulatedMicros,
        String simulatedTime,
        @JsonInclude(JsonInclude.Include.NON_NULL) Generalisation generalisation,
        @JsonInclude(JsonInclude.Include.NON_NULL) Lesion lesion,
        @JsonInclude(JsonInclude.Include.NON_NULL) Retraining retraining,
        @JsonInclude(JsonInclude.Include.NON_NULL) Distance distance,
        @JsonInclude(JsonInclude.Include.NON_NULL) double[] idealThresholds,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) long stepsRefusedAtEndStops) {

    /** A summary of a run of pots. */
    public Summary(String scenario, long seed, String rule, int trainingStimuli, int freshStimuli, int presentations,
            int errors, int passes, Integer firstErrorFreePass, Integer presentationsToLearn, Curve learningCurve,
            double trainAccuracy, Double freshAccuracy, Map<String, Map<String, Integer>> freshAnswers,
            FreshCards freshCards, Stats litPhotocells, Stats activeAUnits, int silentAUnits, int alwaysOnAUnits,
            int potsAtEndStops, int[] thresholds, long simulatedMicros, String simulatedTime, Generalisation generalisation,
            Lesion lesion, Retraining retraining, Distance distance) {
        this(scenario, seed, rule, trainingStimuli, freshStimuli, presentations, errors, passes, firstErrorFreePass,
                presentationsToLearn, learningCurve, trainAccuracy, freshAccuracy, freshAnswers, freshCards, litPhotocells,
                activeAUnits, silentAUnits, alwaysOnAUnits, potsAtEndStops, thresholds, simulatedMicros, simulatedTime,
                generalisation, lesion, retraining, distance, null, 0);
    }

    /** A summary without the distance measurement. */
    public Summary(String scenario, long seed, String rule, int trainingStimuli, int freshStimuli, int presentations,
            int errors, int passes, Integer firstErrorFreePass, Integer presentationsToLearn, Curve learningCurve,
            double trainAccuracy, Double freshAccuracy, Map<String, Map<String, Integer>> freshAnswers,
            FreshCards freshCards, Stats litPhotocells, Stats activeAUnits, int silentAUnits, int alwaysOnAUnits,
            int potsAtEndStops, int[] thresholds, long simulatedMicros, String simulatedTime, Generalisation generalisation,
            Lesion lesion, Retraining retraining) {
        this(scenario, seed, rule, trainingStimuli, freshStimuli, presentations, errors, passes, firstErrorFreePass,
                presentationsToLearn, learningCurve, trainAccuracy, freshAccuracy, freshAnswers, freshCards, litPhotocells,
                activeAUnits, silentAUnits, alwaysOnAUnits, potsAtEndStops, thresholds, simulatedMicros, simulatedTime,
                generalisation, lesion, retraining, null, null, 0);
    }

    /**
     * Accuracy against distance from the training place ({@link DistanceSpec}).
     *
     * @param direction     which way the cards were moved
     * @param step          photocells between distances
     * @param cardsPerClass fresh cards per class at each distance
     * @param points        one per distance, from 0
     */
    public record Distance(String direction, int step, int cardsPerClass, List<DistancePoint> points) {
    }

    /**
     * @param distance       photocells the cards' region was moved from where the training cards lay
     * @param cards          cards tested there
     * @param right          of which answered rightly
     * @param accuracy       right / cards
     * @param sameAsTraining cards identical on the retina to a training card even after redrawing (see {@link StimulusSet})
     */
    public record DistancePoint(int distance, int cards, int right, double accuracy, int sameAsTraining) {
    }

    /**
     * The second course of training and what it left of the first.
     *
     * @param trainingStimuli     size of the second training set
     * @param presentations       presentations of the second course
     * @param errors              errors made in it
     * @param passes              passes made in it
     * @param firstErrorFreePass  its first error-free pass, or null
     * @param trainAccuracy       accuracy on the second training set after it
     * @param firstTrainAccuracy  accuracy on the first training set after it (before it: {@link #trainAccuracy})
     * @param firstFreshAccuracy  accuracy on the first fresh set after it, or null without fresh stimuli
     */
    public record Retraining(int trainingStimuli, int presentations, int errors, int passes, Integer firstErrorFreePass,
            double trainAccuracy, double firstTrainAccuracy, Double firstFreshAccuracy) {
    }

    /** @param points the trained machine's accuracy with growing fractions of its A-units removed */
    public record Lesion(List<LesionPoint> points) {
    }

    /**
     * @param fraction      the fraction of A-units removed
     * @param removed       how many A-units that is
     * @param trainAccuracy fraction of the training stimuli then answered rightly
     * @param freshAccuracy fraction of the fresh stimuli then answered rightly, or null without fresh stimuli
     */
    public record LesionPoint(double fraction, int removed, double trainAccuracy, Double freshAccuracy) {
    }

    /**
     * Accuracy on the fresh stimuli measured during training.
     *
     * @param every  presentations between measurements
     * @param points the measurements: before training, every {@code every} presentations, and at the end
     */
    public record Generalisation(int every, List<Point> points) {
    }

    /** @param presentations training presentations made; @param freshAccuracy fraction of fresh stimuli answered rightly */
    public record Point(int presentations, double freshAccuracy) {
    }

    /** @param block presentations per point; {@code errors} errors in each block (the last may be shorter) */
    public record Curve(int block, List<Integer> errors) {
    }

    /**
     * How the fresh cards were kept apart from the training cards (see {@link StimulusSet}).
     *
     * @param redrawn        fresh cards drawn again because their firing photocells were a training card's
     * @param sameAsTraining fresh cards still identical to a training card after the last attempt
     */
    public record FreshCards(int redrawn, int sameAsTraining) {
    }

    /** Mean, least and most of a count over presentations. */
    public record Stats(double mean, int min, int max) {
        static Stats of(java.util.IntSummaryStatistics values) {
            if (values.getCount() == 0) {
                return new Stats(0, 0, 0);
            }
            return new Stats(Math.round(10.0 * values.getSum() / values.getCount()) / 10.0, values.getMin(), values.getMax());
        }
    }

    /** "2 h 05 min 30 s". */
    public static String humanTime(double seconds) {
        long s = Math.round(seconds);
        long h = s / 3600;
        long m = s % 3600 / 60;
        long sec = s % 60;
        if (h > 0) {
            return String.format(java.util.Locale.ROOT, "%d h %02d min %02d s", h, m, sec);
        }
        return m > 0 ? String.format(java.util.Locale.ROOT, "%d min %02d s", m, sec) : sec + " s";
    }
}
