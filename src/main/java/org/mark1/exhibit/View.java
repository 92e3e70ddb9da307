package org.mark1.exhibit;

import org.mark1.exhibit.words.Labels;
import processing.core.PGraphics;

/** One part of the front panel. It paints a {@link Still} and keeps no state of the machine. */
interface View {

    /** Paints what never changes (plates, dial faces, dark lamps) once, into the background layer. */
    default void paintStatic(PGraphics g, Labels labels) {
    }

    /** Paints what the still shows. */
    void paint(PGraphics g, Still s);
}
