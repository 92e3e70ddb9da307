package org.mark1.stimulus;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where on the retina a figure is put. */
public enum Placement {
    /** Anywhere the whole figure fits, uniformly. */
    RANDOM("random"),
    /** In the middle, shifted by up to {@code jitter} photocells each way. */
    CENTRED("centred");

    private final String id;

    Placement(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }
}
