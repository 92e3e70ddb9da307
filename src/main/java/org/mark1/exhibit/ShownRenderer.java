package org.mark1.exhibit;

import java.awt.Toolkit;
import processing.awt.PGraphicsJava2D;
import processing.awt.PSurfaceAWT;
import processing.core.PGraphics;
import processing.core.PSurface;

/**
 * Processing's JAVA2D renderer whose window hands each frame to the display as soon as it is
 * copied there. Processing's surface shows a frame through a buffer strategy and returns; on X11
 * Java's XRender pipeline may keep that request until the next frame's, and the X server then
 * shows two frames at once, one of which nobody sees (about one in five under Xvfb, counted with
 * ffmpeg). {@link Toolkit#sync()} after the copy sends it at once: 60 distinct frames a second
 * reach the screen. Everything else is Processing's own renderer and surface.
 */
public class ShownRenderer extends PGraphicsJava2D {

    /** Processing makes its renderer by name, through this public constructor. */
    public ShownRenderer() {
        super();
    }

    @Override
    public PSurface createSurface() {
        surface = new ShownSurface(this);
        return surface;
    }

    /** Processing's AWT window, flushing the display after each frame it copies there. */
    private static final class ShownSurface extends PSurfaceAWT {

        ShownSurface(PGraphics graphics) {
            super(graphics);
        }

        @Override
        protected void render() {
            super.render();
            Toolkit.getDefaultToolkit().sync();
        }
    }
}
