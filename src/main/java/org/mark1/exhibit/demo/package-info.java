/**
 * What the exhibit drives: the demonstration that runs the machine on its cards or on a visitor's
 * drawings, the visitor's deck, the learning curve shown on screen and the last cards answered
 * (what each lamp does with what it learned). Draws nothing, sounds nothing.
 */
package org.mark1.exhibit.demo;
