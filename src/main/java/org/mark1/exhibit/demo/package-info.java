/**
 * What the exhibit drives: the demonstration that runs the machine on its cards or on a visitor's
 * drawings, the visitor's deck and the learning curve shown on screen. Draws nothing, sounds nothing.
 */
package org.mark1.exhibit.demo;
