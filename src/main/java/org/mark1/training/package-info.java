/**
 * Who works the machine: the plain Trainer, the timed Session on the event clock, and the cached
 * and ideal trainers of the fast paths. Presents cards and applies a rule; reads no scenario file.
 */
package org.mark1.training;
