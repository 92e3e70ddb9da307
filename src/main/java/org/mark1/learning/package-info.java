/**
 * The learning rules, one class a rule with its formula in the class doc (error correction, forced,
 * gamma, Hebb, LMS, sigmoid delta, backpropagation), and PotStepper, which turns a rule's decision
 * into motor steps. No experiment, no file, no drawing.
 */
package org.mark1.learning;
