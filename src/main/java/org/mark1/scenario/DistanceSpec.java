package org.mark1.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.mark1.io.InvalidValue;
import org.mark1.stimulus.Layout;
import org.mark1.stimulus.Position;
import org.mark1.stimulus.Region;

/**
 * Accuracy against distance from the training place, as a scenario's {@code evaluation.distance}
 * asks for it: after training, fresh cards are laid as the training cards were, but with each
 * class's region (and a fixed place, if it has one) moved {@code d} whole photocells in
 * {@code direction}, for d = 0, step, 2 step, ... as far as the retina allows; {@code cardsPerClass}
 * cards per class at each distance. At d = 0 they lie where the machine was trained; once d reaches
 * the region's width (or height) no test card can lie where a training card lay.
 *
 * @param cardsPerClass fresh cards per class at each distance (our choice; history gives none)
 * @param step          photocells between distances (absent: 1)
 * @param direction     which way the cards move (absent: right)
 */
public record DistanceSpec(@JsonProperty(required = true) int cardsPerClass, Integer step, Direction direction) {

    /** Most cards per class at one distance: the cards of one distance are held in memory together. */
    public static final int MAX_CARDS_PER_CLASS = 10_000;

    /** The four ways a card can move on the retina. */
    public enum Direction implements org.mark1.io.Keyword {
        RIGHT(1, 0), LEFT(-1, 0), DOWN(0, 1), UP(0, -1);

        final int dx;
        final int dy;

        Direction(int dx, int dy) {
            this.dx = dx;
            this.dy = dy;
        }
    }

    public DistanceSpec {
        InvalidValue.requireRange("cardsPerClass", cardsPerClass, 1, MAX_CARDS_PER_CLASS);
        step = step == null ? 1 : step;
        InvalidValue.requireRange("step", step, 1, 10_000);
        direction = direction == null ? Direction.RIGHT : direction;
    }

    /** Refuses a measurement the classes cannot give, or whose cards of one distance would not fit in memory. */
    void check(List<Scenario.ClassSpec> classes, StimulusSpec stimuli, org.mark1.machine.MachineConfig machine) {
        distances(classes, stimuli, machine.rows(), machine.columns());
        long light = (long) classes.size() * cardsPerClass * machine.photocells();
        if (light > Scenario.MAX_LIGHT_VALUES) {
            throw new InvalidValue("evaluation/distance/cardsPerClass", classes.size() + " classes x " + cardsPerClass
                    + " cards x " + machine.photocells() + " photocells are " + light + " light values at one distance, more than "
                    + Scenario.MAX_LIGHT_VALUES + "; lower cardsPerClass");
        }
    }

    /**
     * The distances measured for {@code s}'s classes: 0, step, ... up to the least room any class's
     * region has in {@code direction}; refuses classes that cannot move (cells lit in code) and
     * regions with no room for one step.
     */
    public List<Integer> distances(Scenario s) {
        return distances(s.classes(), s.stimuli(), s.machine().rows(), s.machine().columns());
    }

    /** {@link #distances(Scenario)} for classes laid out by {@code stimuli} on a {@code rows x columns} retina. */
    public List<Integer> distances(List<Scenario.ClassSpec> classes, StimulusSpec stimuli, int rows, int columns) {
        double room = Double.MAX_VALUE;
        for (Scenario.ClassSpec c : classes) {
            if (c.pattern() != null) {
                throw new InvalidValue("evaluation/distance", "class '" + c.name() + "' lights cells in code (pattern), which "
                        + "have no place to move from; remove evaluation.distance");
            }
            room = Math.min(room, room(stimuli.layout(c).region().on(rows, columns), rows, columns));
        }
        if (room < step) {
            throw new InvalidValue("evaluation/distance/direction", "the training cards' region leaves "
                    + (room <= 0 ? "no room" : "less than one step of " + step + " photocells") + " to move " + direction.id()
                    + " on the " + rows + " x " + columns + " retina; choose another direction"
                    + (room > 0 ? " or a smaller step" : ""));
        }
        List<Integer> out = new ArrayList<>();
        for (int d = 0; d <= room; d += step) {
            out.add(d);
        }
        return out;
    }

    /**
     * The least distance at which no class's moved region shares a photocell with its training region
     * (its width, or height, rounded up), or null when the retina leaves no room to go so far.
     */
    public Integer clearAt(Scenario s) {
        double extent = 0;
        for (Scenario.ClassSpec c : s.classes()) {
            Rectangle2D r = s.stimuli().layout(c).region().on(s.machine().rows(), s.machine().columns());
            extent = Math.max(extent, direction.dx != 0 ? r.getWidth() : r.getHeight());
        }
        for (int d : distances(s)) {
            if (d >= extent - 1e-9) {
                return d;
            }
        }
        return null;
    }

    /** Class {@code c} laid {@code d} photocells away in {@code direction}: its region and any fixed place moved. */
    public Scenario.ClassSpec moved(Scenario s, Scenario.ClassSpec c, int d) {
        Layout layout = s.stimuli().layout(c);
        Rectangle2D r = layout.region().on(s.machine().rows(), s.machine().columns());
        double dx = (double) direction.dx * d;
        double dy = (double) direction.dy * d;
        Region region = Region.rectangle(r.getX() + dx, r.getY() + dy, r.getWidth(), r.getHeight());
        Position p = layout.position();
        Position position = p.kind() == Position.PositionKind.AT ? Position.at(p.x() + dx, p.y() + dy) : p;
        return new Scenario.ClassSpec(c.name(), c.shapes(), c.letters(), c.images(), c.lamps(), c.size(), position, region,
                c.jitter(), c.rotation(), c.typefaces(), c.pen(), c.pattern());
    }

    /** Whole photocells the region can move in {@code direction} and stay on the retina. */
    private double room(Rectangle2D r, int rows, int columns) {
        double room = switch (direction) {
            case RIGHT -> columns - r.getMaxX();
            case LEFT -> r.getMinX();
            case DOWN -> rows - r.getMaxY();
            case UP -> r.getMinY();
        };
        return Math.floor(room + 1e-9);
    }
}
