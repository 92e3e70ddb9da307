/**
 * Hours of kiosk use without a screen (the attract loop and scripted visitors), with the memory in
 * use measured each hour: {@code mark1 exhibit --soak}. Uses the exhibit only through its public face.
 */
package org.mark1.exhibit.soak;
