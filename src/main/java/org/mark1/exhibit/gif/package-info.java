/**
 * The exhibit's frames as an animated GIF, written with the JDK's own image writer: no drawing, no
 * machine, only pictures already painted.
 */
package org.mark1.exhibit.gif;
