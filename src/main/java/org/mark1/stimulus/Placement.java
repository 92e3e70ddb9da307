package org.mark1.stimulus;

import org.mark1.io.Keyword;

/** Where on the retina a figure is put. */
public enum Placement implements Keyword {
    /** Anywhere the whole figure fits, uniformly. */
    RANDOM,
    /** In the middle, shifted by up to {@code jitter} photocells each way. */
    CENTRED
}
