package org.mark1.training;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.mark1.learning.LearningRule;
import org.mark1.machine.Answer;
import org.mark1.machine.MarkOne;
import org.mark1.machine.PotentiometerBank;
import org.mark1.machine.Reinforcement;
import org.mark1.machine.SourceSets;

/**
 * The plain loop on a fixed set of cards whose A-unit responses are computed once. The retina and
 * the plugboard never change during an experiment, so without photocell noise a card lights the
 * same photocells and fires the same A-units every time it is shown; only the pots and thresholds
 * change. This trainer settles and fires each card once, at construction, and from then on answers
 * and reinforces from the stored responses: exactly what {@link Trainer} does (a test holds this),
 * without the retina and the A-layer. It also keeps each card's R-unit sums, moving them as the pots
 * it turns move, so that a right answer costs no pass over the active units; like every operator it
 * must be the only one turning the machine's pots while it works. A card it was not given is
 * answered by the machine as usual.
 */
public final class CachedTrainer implements Operator {

    private final MarkOne machine;
    private final LearningRule rule;
    private final Map<Presentation, Integer> index = new IdentityHashMap<>();
    private final int[] lit;
    private final int[][] active;
    /** bySource[i][r]: the units of card i's response in R-unit r's source set, ascending. */
    private final int[][][] bySource;
    /** sums[i][r]: R-unit r's sum for card i at the pots' present positions. */
    private final int[][] sums;
    /** cardsOf[a]: the cards whose response includes A-unit a. */
    private final int[][] cardsOf;
    private final int[] stamp;
    private int pulses;
    private final Presentation[] cards;
    private int trials;

    /** Computes the A-unit response to every card; refused when photocell noise makes each showing differ. */
    public CachedTrainer(MarkOne machine, LearningRule rule, List<Presentation> cards) {
        if (machine.config().photocellNoise() > 0) {
            throw new IllegalArgumentException("with photocell noise each showing of a card differs; responses cannot be stored");
        }
        this.machine = machine;
        this.rule = rule;
        this.cards = cards.toArray(new Presentation[0]);
        this.lit = new int[this.cards.length];
        this.active = new int[this.cards.length][];
        this.bySource = new int[this.cards.length][][];
        SourceSets sets = machine.sourceSets();
        for (int i = 0; i < this.cards.length; i++) {
            lit[i] = machine.settle(this.cards[i].light());
            active[i] = machine.activeUnits(machine.fire());
            index.putIfAbsent(this.cards[i], i);
            int[] count = new int[sets.rUnits()];
            for (int a : active[i]) {
                if (sets.rUnitOf(a) >= 0) { // an A-unit in no source set feeds no lamp
                    count[sets.rUnitOf(a)]++;
                }
            }
            bySource[i] = new int[sets.rUnits()][];
            for (int r = 0; r < count.length; r++) {
                bySource[i][r] = new int[count[r]];
                count[r] = 0;
            }
            for (int a : active[i]) {
                int r = sets.rUnitOf(a);
                if (r >= 0) {
                    bySource[i][r][count[r]++] = a;
                }
            }
        }
        int units = machine.associationUnits().size();
        int[] cardsPerUnit = new int[units];
        for (int[] act : active) {
            for (int a : act) {
                cardsPerUnit[a]++;
            }
        }
        this.cardsOf = new int[units][];
        for (int a = 0; a < units; a++) {
            cardsOf[a] = new int[cardsPerUnit[a]];
            cardsPerUnit[a] = 0;
        }
        for (int i = 0; i < active.length; i++) {
            for (int a : active[i]) {
                cardsOf[a][cardsPerUnit[a]++] = i;
            }
        }
        this.stamp = new int[units];
        this.sums = new int[this.cards.length][];
        for (int i = 0; i < this.cards.length; i++) {
            sums[i] = sumsNow(i);
        }
    }

    /** Card {@code i}'s sums counted afresh from the pots. */
    private int[] sumsNow(int i) {
        PotentiometerBank pots = machine.pots();
        int[][] units = bySource[i];
        int[] out = new int[units.length];
        for (int r = 0; r < units.length; r++) {
            int sum = 0;
            for (int a : units[r]) {
                sum += pots.position(a);
            }
            out[r] = sum;
        }
        return out;
    }

    /**
     * Carries out {@code pulse} on the machine and brings every stored sum up to date: each pot that
     * actually turned (an end stop may hold it) moves the sums of the cards whose response includes it.
     */
    private void apply(Reinforcement pulse) {
        int[] turned = pulse.pots();
        if (pulse.isEmpty()) {
            return; // no pot turns and no threshold moves: nothing to carry out
        }
        if (turned.length == 0) {
            machine.apply(pulse);
            return;
        }
        PotentiometerBank pots = machine.pots();
        int[] before = new int[turned.length];
        for (int k = 0; k < turned.length; k++) {
            before[k] = pots.position(turned[k]);
        }
        machine.apply(pulse);
        int mark = ++pulses;
        SourceSets sets = machine.sourceSets();
        for (int k = 0; k < turned.length; k++) {
            int a = turned[k];
            if (stamp[a] == mark) {
                continue; // named twice in one pulse: its whole turn was counted at its first mention
            }
            stamp[a] = mark;
            int delta = pots.position(a) - before[k];
            if (delta != 0 && sets.rUnitOf(a) >= 0) {
                int r = sets.rUnitOf(a);
                for (int card : cardsOf[a]) {
                    sums[card][r] += delta;
                }
            }
        }
    }

    /** The machine's answer to card {@code i}: what {@code ResponseUnits.answer} gives for its stored response. */
    private Answer answer(int i) {
        return machine.responseUnits().answer(active[i], sums[i].clone(), machine.sourceSets());
    }

    /** The A-units card {@code i} fires (a copy, ascending). */
    public int[] activeOf(int i) {
        return active[i].clone();
    }

    /** Shows card {@code i} of the set given at construction and reinforces. */
    public TrialResult present(int i) {
        Presentation p = cards[i];
        Answer answer = answer(i);
        Reinforcement pulse = rule.reinforce(answer, p.wanted());
        apply(pulse);
        return new TrialResult(trials++, p.label(), lit[i], answer.active(), answer.lamps(), answer.correct(p.wanted()),
                pulse.pots().length);
    }

    @Override
    public TrialResult present(Presentation p) {
        Integer i = index.get(p);
        if (i != null) {
            return present(i);
        }
        int litCells = machine.settle(p.light());
        Answer answer = machine.respond(machine.fire());
        Reinforcement pulse = rule.reinforce(answer, p.wanted());
        apply(pulse);
        return new TrialResult(trials++, p.label(), litCells, answer.active(), answer.lamps(), answer.correct(p.wanted()),
                pulse.pots().length);
    }

    @Override
    public Answer test(Presentation p) {
        trials++;
        Integer i = index.get(p);
        return i != null ? answer(i) : machine.answer(p.light());
    }

    @Override
    public long simulatedMicros() {
        return trials * 1000L * machine.config().presentationMillis();
    }

    @Override
    public void finish() {
        // Nothing is in flight: every pulse was carried out at once.
    }
}
