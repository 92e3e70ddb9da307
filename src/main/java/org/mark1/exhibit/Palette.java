package org.mark1.exhibit;

/**
 * The exhibit's colours [ours]: no source gives the Mark I's colours, materials or dials, so these
 * follow a sober instrument panel of the period: dark grey-green panel, warm incandescent lamps,
 * white dial faces, cream lettering. Processing colours, 0xAARRGGBB.
 */
final class Palette {

    static final int ROOM = 0xFF15161A;
    static final int PANEL = 0xFF2B2F2C;
    static final int PANEL_EDGE = 0xFF454B46;
    static final int BEZEL = 0xFF1B1D1B;
    static final int LETTERING = 0xFFE9E2CF;
    static final int LETTERING_DIM = 0xFF9C9686;
    static final int LAMP_OFF = 0xFF3E3A33;
    static final int LAMP_ON = 0xFFFFC45A;
    static final int LAMP_GLOW = 0x55FFB040;
    static final int LAMP_CORE = 0xFFFFF1C8;
    static final int DIAL_FACE = 0xFFF2EEE3;
    static final int DIAL_RIM = 0xFF0E0F0E;
    static final int DIAL_TICK = 0xFF5C5A55;
    static final int POINTER = 0xFF141414;
    static final int POINTER_TURNING = 0xFFC8321E;
    /** Laid over the knobs that did not take part while a correction's knobs are marked. */
    static final int DIMMED = 0xB815161A;
    /** The glow round the knobs the latest correction turned. */
    static final int GLOW = 0x90FFB040;
    static final int EXCITATORY = 0xFFE8D9A8;
    static final int INHIBITORY = 0xFFD9533C;
    static final int JACK = 0xFF101110;
    static final int CARD = 0xFFF4F0E6;
    static final int INK = 0xFF1A1A1A;
    static final int RIGHT = 0xFF8FD16A;
    static final int WRONG = 0xFFE5533D;
    static final int CURVE = 0xFFFFC45A;
    static final int BUTTON = 0xFF3C423D;
    static final int BUTTON_ACTIVE = 0xFF6B5A2E;

    private Palette() {
    }
}
