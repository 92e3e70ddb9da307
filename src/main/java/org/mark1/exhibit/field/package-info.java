/**
 * Where the view "what each lamp has learned" puts each lamp's weights and the last cards it
 * answered on the exhibit's 1280 x 800 panel, for any number of lamps: geometry only, no drawing and
 * no machine, so that the view paints from it and tests find every card where it says.
 */
package org.mark1.exhibit.field;
