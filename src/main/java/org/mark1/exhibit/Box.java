package org.mark1.exhibit;

/** A rectangle of the exhibit's 1280 x 800 canvas, in canvas pixels. */
record Box(float x, float y, float w, float h) {

    boolean contains(float px, float py) {
        return px >= x && px < x + w && py >= y && py < y + h;
    }

    float right() {
        return x + w;
    }

    float bottom() {
        return y + h;
    }
}
