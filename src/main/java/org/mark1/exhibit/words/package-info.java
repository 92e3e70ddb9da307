/**
 * The exhibit's words: the labels in English and Russian, and the captions a visitor reads, told
 * from the machine's events and paced so that each can be read. Draws nothing, sounds nothing.
 */
package org.mark1.exhibit.words;
