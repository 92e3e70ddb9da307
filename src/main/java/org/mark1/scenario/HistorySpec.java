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
 */
public record HistorySpec(
        @JsonProperty(required = true) String claim,
        @JsonProperty(required = true) String source,
        @JsonProperty(required = true) Measure measure,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double value,
        @JsonInclude(JsonInclude.Include.NON_NULL) String why) {

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
        why = why == null || why.isBlank() ? null : why.strip().replaceAll("\\s+", " ");
    }

    private static String text(String key, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValue(key, "is empty; say it in a sentence");
        }
        return value.strip().replaceAll("\\s+", " ");
    }
}
