package org.mark1.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.mark1.io.InvalidValue;

/**
 * What history reports about the experiment a scenario replays, as its {@code history:} block
 * states it, so that a report can set the historical figure beside ours.
 *
 * @param claim   what was reported, in a sentence ("after about 50 trials it told left from right")
 * @param source  where it is reported (a key of docs/mark1-facts.md and the document)
 * @param measure which of our figures compares with it
 * @param value   the historical figure in the measure's unit; absent when the record gives no number
 * @param why     why our figure may differ from history's (what the record leaves open, what we chose)
 * @param readings where the record is ambiguous, every figure of ours its value may be read as
 * @param relation how the record states its value: {@code about} (absent: a value reached), {@code more-than}
 *                 (a bound exceeded: "more than 80 percent"), {@code less-than} (a bound never reached:
 *                 "cannot compute parity", below 100 %)
 *                 ({@code [train-accuracy, fresh-accuracy]}), {@code measure} among them; absent
 *                 means {@code measure} alone. Reports set history's value beside each.
 */
public record HistorySpec(
        @JsonProperty(required = true) String claim,
        @JsonProperty(required = true) String source,
        @JsonProperty(required = true) Measure measure,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double value,
        @JsonInclude(JsonInclude.Include.NON_NULL) String why,
        @JsonInclude(JsonInclude.Include.NON_NULL) java.util.List<Measure> readings,
        @JsonInclude(JsonInclude.Include.NON_NULL) HistoryRelation relation) {

    /** A block without readings: the record is read as {@code measure} alone, its value as reached. */
    public HistorySpec(String claim, String source, Measure measure, Double value, String why) {
        this(claim, source, measure, value, why, null, null);
    }

    /** How the record states its value: reached (the default), exceeded, or never reached. */
    public HistoryRelation stated() {
        return relation == null ? HistoryRelation.ABOUT : relation;
    }

    public HistorySpec {
        claim = text("claim", claim);
        source = text("source", source);
        if (measure == null) {
            throw new InvalidValue("measure", "is missing; name which of our figures compares: "
                    + java.util.Arrays.stream(Measure.values()).map(Measure::id).collect(java.util.stream.Collectors.joining(", ")));
        }
        if (value != null) {
            InvalidValue.requireRange("value", value, 0.0, measure.max());
        }
        if (relation != null && value == null) {
            throw new InvalidValue("relation", "needs a value to stand beside; give value or leave relation out");
        }
        why = why == null || why.isBlank() ? null : why.strip().replaceAll("\\s+", " ");
        if (readings != null) {
            if (readings.isEmpty() || readings.contains(null)) {
                throw new InvalidValue("readings", "is empty; list the figures the record may mean, measure among them, "
                        + "or leave readings out");
            }
            if (!readings.contains(measure)) {
                throw new InvalidValue("readings", "leaves out measure " + measure.id() + "; list it among the readings");
            }
            if (new java.util.HashSet<>(readings).size() != readings.size()) {
                throw new InvalidValue("readings", "names a figure twice; name each once");
            }
            readings = java.util.List.copyOf(readings);
        }
    }

    /** The figures history's value is set beside: {@code measure} first, then the other readings. */
    public java.util.List<Measure> figures() {
        java.util.List<Measure> all = new java.util.ArrayList<>(java.util.List.of(measure));
        if (readings != null) {
            readings.stream().filter(m -> m != measure).forEach(all::add);
        }
        return java.util.List.copyOf(all);
    }

    private static String text(String key, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValue(key, "is empty; say it in a sentence");
        }
        return value.strip().replaceAll("\\s+", " ");
    }
}
