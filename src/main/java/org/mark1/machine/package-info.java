/**
 * The hardware of the Mark I: retina and photocells, plugboard, association units, potentiometers
 * and their motors, source sets, response units, and the machine that joins them. Knows nothing of
 * how it is trained (learning, training), of cards (stimulus) or of any file format but its state.
 */
package org.mark1.machine;
