// The Mark I's front panel learning squares from other shapes, as the museum exhibit shows it.
import org.mark1.exhibit.*;
import org.mark1.exhibit.words.*;
import org.mark1.scenario.ScenarioLoader;

FrameRenderer panel;

void settings() { size(1280, 800); }

void setup() { panel = new FrameRenderer(new Exhibit(ScenarioLoader.builtIn("mark1-squares"), Labels.Language.EN)); }

void draw() { image(new PImage(panel.next(1000000 / 60)), 0, 0, width, height); }  // 1/60 s of machine time a frame
