/**
 * What the retina is shown: figures, Hershey letters, image cards and cells lit by a rule, placed
 * on the retina and rasterised as light. Knows nothing of the machine that sees them.
 */
package org.mark1.stimulus;
