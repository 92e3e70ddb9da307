/**
 * The mark1 command line (picocli): one class a command, thin: parse the options, call the packages
 * below, print. Nothing below cli imports it.
 */
package org.mark1.cli;
