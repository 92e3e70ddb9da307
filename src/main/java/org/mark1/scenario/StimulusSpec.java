package org.mark1.scenario;

import static org.mark1.io.InvalidValue.requireRange;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import org.mark1.io.InvalidValue;
import org.mark1.machine.MachineConfig;
import org.mark1.stimulus.CardMaker;
import org.mark1.stimulus.Design;
import org.mark1.stimulus.Figure;
import org.mark1.stimulus.Layout;
import org.mark1.stimulus.Position;
import org.mark1.stimulus.Region;
import org.mark1.stimulus.Typeface;

/**
 * The {@code stimuli:} section of a scenario: how every class's cards are laid out unless the class
 * says otherwise (a class may give its own {@code size}, {@code position}, {@code region},
 * {@code jitter}, {@code rotation}, {@code typefaces} and {@code pen}).
 *
 * @param size      sizes to draw from, uniformly, in photocells (a figure's box, a letter's capital height, a
 *                  picture's longer side); needed unless every class is a {@code pattern}
 * @param position  {@code random} (anywhere the whole figure fits in its region), {@code centred}, or {x, y}
 * @param region    {@code whole}, {@code left-half}, {@code right-half}, {@code top-half}, {@code bottom-half}, or
 *                  {x, y, width, height}
 * @param jitter    centred or at a fixed place: the largest shift each way, in photocells
 * @param rotation  the largest turn each way, in degrees
 * @param typefaces the faces letters are printed in, taken in turn
 * @param pen       the width of a letter's strokes, in photocells
 * @param cardNoise the spread of each card's print and lighting, added once per card to each cell's light
 */
public record StimulusSpec(SizeRange size, Position position, Region region,
        Double jitter, Double rotation, List<Typeface> typefaces, Double pen, Double cardNoise) {

    /** Our choice [gap]: a pen a seventh of a 14-photocell capital, like a bold typewriter face. */
    public static final double DEFAULT_PEN = 2.0;

    public StimulusSpec {
        position = position == null ? Position.RANDOM : position;
        region = region == null ? Region.WHOLE : region;
        jitter = jitter == null ? 0.0 : jitter;
        requireRange("jitter", jitter, 0.0, MachineConfig.MAX_SIDE);
        rotation = rotation == null ? 0.0 : rotation;
        requireRange("rotation", rotation, 0.0, 180.0);
        typefaces = checkTypefaces("typefaces", typefaces == null ? List.of(Typeface.FUTURAL) : typefaces);
        pen = pen == null ? DEFAULT_PEN : pen;
        requireRange("pen", pen, 0.1, MachineConfig.MAX_SIDE);
        cardNoise = cardNoise == null ? 0.0 : cardNoise;
        requireRange("cardNoise", cardNoise, 0.0, 1.0);
    }

    /** A range of sizes, in photocells. */
    public record SizeRange(@JsonProperty(required = true) double min, @JsonProperty(required = true) double max) {
        public SizeRange {
            requireRange("min", min, 1.0, MachineConfig.MAX_SIDE);
            requireRange("max", max, min, MachineConfig.MAX_SIDE);
        }
    }

    /**
     * Checks the layout keys a class, or the fresh cards' design, may set for itself, each only when
     * given; returns the typefaces checked (null when not given).
     */
    static List<Typeface> checkOwnLayout(Double jitter, Double rotation, List<Typeface> typefaces, Double pen) {
        if (jitter != null) {
            requireRange("jitter", jitter, 0.0, MachineConfig.MAX_SIDE);
        }
        if (rotation != null) {
            requireRange("rotation", rotation, 0.0, 180.0);
        }
        if (pen != null) {
            requireRange("pen", pen, 0.1, MachineConfig.MAX_SIDE);
        }
        return typefaces == null ? null : checkTypefaces("typefaces", typefaces);
    }

    static List<Typeface> checkTypefaces(String key, List<Typeface> typefaces) {
        if (typefaces.isEmpty()) {
            throw new InvalidValue(key, "is empty; allowed: one or more of " + Typeface.names());
        }
        for (int i = 0; i < typefaces.size(); i++) {
            if (typefaces.get(i) == null) {
                throw new InvalidValue(key + "/" + i, "is empty; allowed: " + Typeface.names());
            }
            if (typefaces.indexOf(typefaces.get(i)) != i) {
                throw new InvalidValue(key + "/" + i, "'" + typefaces.get(i).id() + "' is listed twice; list each typeface once");
            }
        }
        return List.copyOf(typefaces);
    }

    /** How class {@code c}'s cards are laid out: its own settings, else these. */
    public Layout layout(Scenario.ClassSpec c) {
        SizeRange s = c.size() != null ? c.size() : size;
        return new Layout(c.region() != null ? c.region() : region, c.position() != null ? c.position() : position,
                s.min(), s.max(), c.jitter() != null ? c.jitter() : jitter, c.rotation() != null ? c.rotation() : rotation,
                cardNoise);
    }

    /** What class {@code c}'s cards show, taken in turn: its shapes, then its letters in each typeface, then its pictures. */
    public List<Design> designs(Scenario.ClassSpec c) {
        List<Design> out = new ArrayList<>(c.shapes());
        double p = c.pen() != null ? c.pen() : pen;
        for (org.mark1.stimulus.Typeface t : c.typefaces() != null ? c.typefaces() : typefaces) {
            for (char ch : c.letters().toCharArray()) {
                out.add(new org.mark1.stimulus.Letter(t, ch, p));
            }
        }
        if (c.images() != null) {
            out.addAll(org.mark1.stimulus.CardFolder.read(java.nio.file.Path.of(c.images())));
        }
        return out;
    }

    /**
     * Refuses classes whose cards cannot be laid on a {@code rows x columns} retina, and two classes
     * that print the same card the same way (a card cannot belong to two classes).
     */
    void check(List<Scenario.ClassSpec> classes, int rows, int columns) {
        List<Layout> layouts = new ArrayList<>();
        List<List<Design>> designs = new ArrayList<>();
        for (int i = 0; i < classes.size(); i++) {
            Scenario.ClassSpec c = classes.get(i);
            String at = "classes/" + i + "/";
            if (c.pattern() != null) {
                CellPatternCheck.check(c, at + "pattern/", classes.subList(0, i), rows, columns);
                layouts.add(null);
                designs.add(List.of());
                continue;
            }
            if (c.size() == null && size == null) {
                throw new InvalidValue("stimuli/size", "is missing; add it (class '" + c.name() + "' prints cards at a size)");
            }
            Layout layout = layout(c);
            Region r = layout.region();
            String regionKey = c.region() != null ? at + "region" : "stimuli/region";
            java.awt.geom.Rectangle2D rect = r.on(rows, columns);
            if (rect.getMaxX() > columns || rect.getMaxY() > rows) {
                throw new InvalidValue(regionKey, "reaches past the " + rows + " x " + columns + " retina; allowed: x + width up to "
                        + columns + ", y + height up to " + rows);
            }
            if (layout.position().kind() == Position.PositionKind.AT
                    && !(rect.contains(layout.position().x(), layout.position().y()))) {
                throw new InvalidValue(c.position() != null ? at + "position" : "stimuli/position",
                        "(" + layout.position().x() + ", " + layout.position().y() + ") is outside " + r.describe(rows, columns));
            }
            if (layout.jitter() > 0 && layout.position().kind() == Position.PositionKind.RANDOM) {
                throw new InvalidValue(c.jitter() != null ? at + "jitter" : "stimuli/jitter",
                        "moves a centred or fixed figure; with 'position: random' it has no effect: remove it or change the position");
            }
            List<Design> ds;
            try {
                ds = designs(c);
            } catch (org.mark1.io.InputError e) {
                throw new InvalidValue(at + "images", e.getMessage());
            }
            String sizeKey = (c.size() != null ? at : "stimuli/") + "size/max";
            for (Design d : ds) {
                double[] wh = CardMaker.largest(d, layout);
                if (wh[0] > rect.getWidth() + 1e-9 || wh[1] > rect.getHeight() + 1e-9) {
                    double allowed = Math.floor(10 * layout.maxSize()
                            * Math.min(rect.getWidth() / wh[0], rect.getHeight() / wh[1])) / 10;
                    String what = d instanceof Figure ? "" : " makes " + d.id() + " " + fmt(wh[0]) + " x " + fmt(wh[1])
                            + " photocells, which";
                    throw new InvalidValue(sizeKey, layout.maxSize() + what + " does not fit " + r.describe(rows, columns)
                            + "; allowed: up to " + allowed);
                }
            }
            for (int j = 0; j < i; j++) {
                if (layout.equals(layouts.get(j))) {
                    for (Design d : ds) {
                        if (designs.get(j).contains(d)) {
                            throw new InvalidValue(at + source(d), "class '" + c.name() + "' has the same card as class '"
                                    + classes.get(j).name() + "' (" + d.id() + ", laid out the same way); a card cannot "
                                    + "belong to two classes: give them different cards or places");
                        }
                    }
                }
            }
            layouts.add(layout);
            designs.add(ds);
        }
    }

    /**
     * The cards of {@code classes} as a sentence names them, for a report that sets two designs side
     * by side: "letters A-Z in futural and timesr, pen 2; 14 photocells, centred on the 20 x 20 retina,
     * jitter 1". Layouts that differ between classes are each named once.
     */
    public String describe(List<Scenario.ClassSpec> classes, int rows, int columns) {
        java.util.Set<String> cards = new java.util.LinkedHashSet<>();
        java.util.Set<String> layouts = new java.util.LinkedHashSet<>();
        StringBuilder letters = new StringBuilder();
        java.util.Set<String> faces = new java.util.LinkedHashSet<>();
        java.util.Set<String> pens = new java.util.LinkedHashSet<>();
        for (Scenario.ClassSpec c : classes) {
            if (c.pattern() != null) {
                cards.add("cells lit in code");
                continue;
            }
            c.shapes().forEach(f -> cards.add(f.id()));
            if (!c.letters().isEmpty()) {
                letters.append(c.letters());
                (c.typefaces() != null ? c.typefaces() : typefaces).forEach(t -> faces.add(t.id()));
                pens.add(num(c.pen() != null ? c.pen() : pen));
            }
            if (c.images() != null) {
                cards.add("the images of " + java.nio.file.Path.of(c.images()).getFileName() + "/");
            }
            Layout l = layout(c);
            String size = l.minSize() == l.maxSize() ? num(l.minSize()) : num(l.minSize()) + "-" + num(l.maxSize());
            String position = l.position().kind() == Position.PositionKind.AT
                    ? "at (" + num(l.position().x()) + ", " + num(l.position().y()) + ")"
                    : l.position().kind() == Position.PositionKind.CENTRED ? "centred" : "anywhere";
            layouts.add(size + " photocells, " + position + " in " + l.region().describe(rows, columns)
                    + (l.jitter() > 0 ? ", jitter " + num(l.jitter()) : "") + (l.rotation() > 0 ? ", turned up to "
                    + num(l.rotation()) + " degrees" : "") + (l.cardNoise() > 0 ? ", card noise " + num(l.cardNoise()) : ""));
        }
        if (letters.length() > 0) {
            cards.add("letters " + letters + " in " + String.join(" and ", faces) + ", pen " + String.join(" or ", pens));
        }
        return String.join(", ", cards) + (layouts.isEmpty() ? "" : "; " + String.join("; ", layouts));
    }

    private static String source(Design d) {
        return d instanceof Figure ? "shapes" : d instanceof org.mark1.stimulus.Letter ? "letters" : "images";
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    /** A number as a sentence writes it: 14, 2.5. */
    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }

}
