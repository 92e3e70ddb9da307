/**
 * The museum exhibit: the Processing sketch, its views and panels, the kiosk and the frame renderer.
 * The only package that draws with Processing; it paints snapshots and events and never reaches the
 * machine's parts or a learning rule.
 */
package org.mark1.exhibit;
