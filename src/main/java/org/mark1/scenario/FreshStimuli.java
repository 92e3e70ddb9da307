package org.mark1.scenario;

import static org.mark1.io.InvalidValue.requireRange;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import org.mark1.io.InvalidValue;
import org.mark1.stimulus.Figure;
import org.mark1.stimulus.Position;
import org.mark1.stimulus.Region;
import org.mark1.stimulus.Typeface;

/**
 * {@code evaluation.stimuli}: fresh cards of another design than the training cards, to replay a
 * test on stimuli the machine never saw the like of (trained on two typefaces, tested on a third).
 * It takes the layout keys of {@code stimuli:}; each key given here lays every class's fresh cards,
 * over the scenario's and the class's own setting, and each key not given stays as the training
 * cards have it. {@code classes} gives a class other cards to be tested on (its shapes, letters or
 * images), by the class's name; a class not listed keeps its cards.
 *
 * @param size      the fresh cards' sizes, in photocells
 * @param position  {@code random}, {@code centred}, or {x, y}
 * @param region    where the fresh cards lie
 * @param jitter    centred or at a fixed place: the largest shift each way, in photocells
 * @param rotation  the largest turn each way, in degrees
 * @param typefaces the faces the fresh letters are printed in, taken in turn
 * @param pen       the width of the fresh letters' strokes, in photocells
 * @param cardNoise the spread of each fresh card's print and lighting
 * @param classes   other cards for some classes, by name
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FreshStimuli(StimulusSpec.SizeRange size, Position position, Region region, Double jitter, Double rotation,
        List<Typeface> typefaces, Double pen, Double cardNoise, List<FreshClassCards> classes) {

    public FreshStimuli {
        if (size == null && position == null && region == null && jitter == null && rotation == null && typefaces == null
                && pen == null && cardNoise == null && (classes == null || classes.isEmpty())) {
            throw new InvalidValue(null, "is empty; give the fresh cards' design (size, position, region, jitter, rotation, "
                    + "typefaces, pen, cardNoise or classes), or remove it");
        }
        typefaces = StimulusSpec.checkOwnLayout(jitter, rotation, typefaces, pen);
        if (cardNoise != null) {
            requireRange("cardNoise", cardNoise, 0.0, 1.0);
        }
        classes = classes == null || classes.isEmpty() ? null : List.copyOf(classes);
        if (classes != null) {
            for (int i = 0; i < classes.size(); i++) {
                for (int j = 0; j < i; j++) {
                    if (classes.get(j).name().equals(classes.get(i).name())) {
                        throw new InvalidValue("classes/" + i + "/name", "'" + org.mark1.io.InputError.excerpt(classes.get(i).name())
                                + "' is listed twice; give each class's fresh cards once");
                    }
                }
            }
        }
    }

    /**
     * Other cards for one class's fresh stimuli: any of {@code shapes}, {@code letters} and
     * {@code images}, which replace all of the class's cards (as in a class of {@code classes:}).
     *
     * @param name    the class, as {@code classes:} names it
     * @param shapes  figures to test it on
     * @param letters capitals A-Z to test it on
     * @param images  a folder of card images to test it on (relative to the scenario file)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FreshClassCards(String name,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Figure> shapes,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) String letters, String images) {
        public FreshClassCards {
            // The same rules as a class's cards: at least one kind, capitals each once, a folder named.
            Scenario.ClassSpec checked = new Scenario.ClassSpec(name, shapes, letters, images, null, null, null, null, null,
                    null, null, null, null);
            shapes = checked.shapes();
            letters = checked.letters();
        }
    }

    /** The scenario's {@code stimuli:} with this design's keys laid over it: the fresh cards' layout. */
    public StimulusSpec over(StimulusSpec s) {
        return new StimulusSpec(size != null ? size : s.size(), position != null ? position : s.position(),
                region != null ? region : s.region(), jitter != null ? jitter : s.jitter(),
                rotation != null ? rotation : s.rotation(), typefaces != null ? typefaces : s.typefaces(),
                pen != null ? pen : s.pen(), cardNoise != null ? cardNoise : s.cardNoise());
    }

    /** Class {@code c} as its fresh cards are made: its own settings of the keys given here dropped, its cards replaced if listed. */
    public Scenario.ClassSpec apply(Scenario.ClassSpec c) {
        FreshClassCards cards = classes == null ? null
                : classes.stream().filter(k -> k.name().equals(c.name())).findFirst().orElse(null);
        return new Scenario.ClassSpec(c.name(), cards != null ? cards.shapes() : c.shapes(),
                cards != null ? cards.letters() : c.letters(), cards != null ? cards.images() : c.images(), c.lamps(),
                size != null ? null : c.size(), position != null ? null : c.position(), region != null ? null : c.region(),
                jitter != null ? null : c.jitter(), rotation != null ? null : c.rotation(),
                typefaces != null ? null : c.typefaces(), pen != null ? null : c.pen(), cards != null ? null : c.pattern());
    }

    /** Refuses a listed class that {@code classes:} does not hold. */
    void requireKnown(List<Scenario.ClassSpec> trained) {
        if (classes == null) {
            return;
        }
        List<String> names = new ArrayList<>();
        trained.forEach(c -> names.add(c.name()));
        for (int i = 0; i < classes.size(); i++) {
            if (!names.contains(classes.get(i).name())) {
                throw new InvalidValue("classes/" + i + "/name", "'" + org.mark1.io.InputError.excerpt(classes.get(i).name())
                        + "' is not a class of this scenario; allowed: " + String.join(", ", names));
            }
        }
    }
}
