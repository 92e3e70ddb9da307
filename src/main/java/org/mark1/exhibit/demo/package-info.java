/**
 * What the exhibit drives: the demonstration that runs the machine on its cards or on a visitor's
 * drawings, the visitor's deck and the drawing in progress, the learning curve shown on screen, the
 * last cards answered (what each lamp does with what it learned) and the McCulloch–Pitts net stepped
 * tick by tick for the screen. Draws nothing, sounds nothing.
 */
package org.mark1.exhibit.demo;
