/**
 * McCulloch and Pitts' logical neurons of 1943: neurons and nets, the net file format, and the
 * compiler from temporal logic into nets. Independent of the Mark I.
 */
package org.mark1.mcp;
