// Rosenblatt's threshold rule against a sigmoid (gradient) rule on the same wiring, the same pots and
// the same cards: two identical Mark Is, one pass through the cards a frame, their errors plotted live.
import org.mark1.experiment.StimulusSet;
import org.mark1.machine.*;
import org.mark1.scenario.*;
import org.mark1.training.*;
import org.mark1.learning.Rules;

Scenario s;
StimulusSet cards;
Rules[] rules = {Rules.ERROR_CORRECTION, Rules.SIGMOID};
Trainer[] trainers = new Trainer[2];
ArrayList<Integer>[] errors = new ArrayList[] {new ArrayList<Integer>(), new ArrayList<Integer>()};

void settings() { size(800, 450); }

void setup() {
  s = ScenarioLoader.builtIn("mark1-squares");
  LampCode lamps = LampCode.of(s);
  for (int i = 0; i < 2; i++) {   // the same seed: the same plugboard, pots and cards for both
    RandomStreams streams = new RandomStreams(s.seed());
    MarkOne mark1 = new MarkOne(s.machine(), lamps.lamps(), streams);
    cards = StimulusSet.draw(s, lamps, s.trainingCounts(), streams.open(RandomStreams.Stream.STIMULUS_JITTER));
    trainers[i] = new Trainer(mark1, rules[i].create(s.machine().stepsPerReinforcement()));
  }
}

void draw() {
  for (int i = 0; i < 2; i++) {   // one pass through the cards for each machine
    int wrong = 0;
    for (Presentation card : cards.presentations()) wrong += trainers[i].present(card).correct() ? 0 : 1;
    errors[i].add(wrong);
  }
  background(255);
  int[] ink = {color(20, 60, 160), color(200, 80, 20)};
  for (int i = 0; i < 2; i++) {
    stroke(ink[i]);
    noFill();
    beginShape();
    for (int p = 0; p < errors[i].size(); p++) vertex(50 + p * 700.0f / max(40, errors[i].size()), 400 - errors[i].get(p) * 350.0f / cards.size());
    endShape();
    fill(ink[i]);
    text(rules[i].id() + ": " + errors[i].get(errors[i].size() - 1) + " errors in pass " + errors[i].size(), 60, 30 + 20 * i);
  }
  if (errors[0].size() >= 100) noLoop();
}
