/**
 * The machine's sound: the pots' grinding and the relays' clicks, made from cues of events and
 * played on a thread of its own. The only package that uses javax.sound; it draws nothing.
 */
package org.mark1.exhibit.sound;
