package org.mark1.exhibit.words;

/** What just happened, in plain words: a short line for everyone, a smaller one for those who read on. */
public record Caption(String line, String detail) {
}
