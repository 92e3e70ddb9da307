package org.mark1.io;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * An enum whose constants are written in files as lower-case words joined by hyphens:
 * {@code ERROR_CORRECTION} is {@code error-correction}. Scenario files, manifests and error messages
 * all use this one spelling.
 */
public interface Keyword {

    /** The constant as written in files. */
    @JsonValue
    default String id() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
