package org.mark1.training;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.mark1.learning.LearningRule;
import org.mark1.machine.Answer;
import org.mark1.machine.MarkOne;
import org.mark1.machine.Reinforcement;

/**
 * The plain loop on a fixed set of cards whose A-unit responses are computed once. The retina and
 * the plugboard never change during an experiment, so without photocell noise a card lights the
 * same photocells and fires the same A-units every time it is shown; only the pots and thresholds
 * change. This trainer settles and fires each card once, at construction, and from then on answers
 * and reinforces from the stored responses: exactly what {@link Trainer} does (a test holds this),
 * without the retina and the A-layer. A card it was not given is answered by the machine as usual.
 */
public final class CachedTrainer implements Operator {

    private final MarkOne machine;
    private final LearningRule rule;
    private final Map<Presentation, Integer> index = new IdentityHashMap<>();
    private final int[] lit;
    private final int[][] active;
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
        for (int i = 0; i < this.cards.length; i++) {
            lit[i] = machine.settle(this.cards[i].light());
            active[i] = machine.activeUnits(machine.fire());
            index.putIfAbsent(this.cards[i], i);
        }
    }

    /** Number of cards whose responses are stored. */
    public int size() {
        return cards.length;
    }

    /** The A-units card {@code i} fires (a copy, ascending). */
    public int[] activeOf(int i) {
        return active[i].clone();
    }

    /** Shows card {@code i} of the set given at construction and reinforces. */
    public TrialResult present(int i) {
        Presentation p = cards[i];
        Answer answer = machine.responseUnits().answer(active[i], machine.pots(), machine.sourceSets());
        Reinforcement pulse = rule.reinforce(answer, p.wanted());
        machine.apply(pulse);
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
        machine.apply(pulse);
        return new TrialResult(trials++, p.label(), litCells, answer.active(), answer.lamps(), answer.correct(p.wanted()),
                pulse.pots().length);
    }

    @Override
    public Answer test(Presentation p) {
        trials++;
        Integer i = index.get(p);
        return i != null ? machine.responseUnits().answer(active[i], machine.pots(), machine.sourceSets())
                : machine.answer(p.light());
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
