// Teach the Mark I yourself. Draw on its 20 x 20 retina with the mouse (right button rubs out), then
// press Y if the lamp should light for this drawing, N if it should stay dark: the machine answers
// first, and is corrected only when it was wrong. C clears the retina.
import org.mark1.machine.*;
import org.mark1.training.*;
import org.mark1.learning.Rules;

final int CELLS = 20, CELL = 24;
double[] light = new double[CELLS * CELLS];
MarkOne mark1;
Trainer trainer;
String said = "draw, then press Y (lamp on) or N (lamp off)";

void settings() { size(CELLS * CELL + 220, CELLS * CELL); }

void setup() {
  mark1 = new MarkOne(MachineConfig.defaults(), 1, new RandomStreams(1960));   // the default Mark I, one lamp
  trainer = new Trainer(mark1, Rules.ERROR_CORRECTION.create(mark1.config().stepsPerReinforcement()));
}

void draw() {
  background(30);
  if (mousePressed && mouseX < CELLS * CELL && mouseY < CELLS * CELL) {
    light[(mouseY / CELL) * CELLS + mouseX / CELL] = mouseButton == RIGHT ? 0 : 1;
  }
  for (int i = 0; i < light.length; i++) {
    fill(light[i] > 0 ? 255 : 60);
    rect((i % CELLS) * CELL, (i / CELLS) * CELL, CELL - 1, CELL - 1);
  }
  boolean on = trainer.test(card(false)).lamp(0);   // the lamp for what is drawn now
  fill(on ? color(255, 200, 60) : color(70));
  ellipse(CELLS * CELL + 110, 80, 80, 80);
  fill(230);
  text(said, CELLS * CELL + 10, 160, 200, 200);
}

Presentation card(boolean lampOn) { return new Presentation("drawing", "drawn with the mouse", light.clone(), new boolean[] {lampOn}); }

void keyPressed() {
  if (key == 'y' || key == 'n') {
    TrialResult r = trainer.present(card(key == 'y'));
    said = r.correct() ? "right: nothing to correct" : "wrong: the motors turned its pots";
  } else if (key == 'c') {
    light = new double[CELLS * CELLS];
  }
}
