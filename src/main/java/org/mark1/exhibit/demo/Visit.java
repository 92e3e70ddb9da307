package org.mark1.exhibit.demo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mark1.experiment.MachineStateFile;
import org.mark1.io.Json;
import org.mark1.io.YamlDocument;
import org.mark1.machine.MachineConfig;
import org.mark1.machine.MachineState;

/**
 * A visit as the kiosk keeps it on disk, so that a restart (a crash, a power cut) finds it again:
 * the machine (its pots and thresholds, as in a run's state.json), the visitor's taught cards with
 * how the machine did on each, the deck and its place, and the kiosk's own state (a visitor there or
 * not, forgetting on or off, the view on screen, the drawing on the retina not yet taught) with the
 * wall-clock time it was saved. A file written before the drawing was kept has no {@code drawing}
 * key and reads as a visit with none.
 *
 * @param machine     the pots and thresholds
 * @param cards       the visitor's cards, oldest first
 * @param next        the place of the next rehearsal in the visitor's deck
 * @param deck        which deck the trainer shows from
 * @param moving      whether figures move
 * @param visitor     whether a visitor was at the exhibit (not the attract loop)
 * @param forgetting  whether forgetting was on
 * @param view        the view on screen (the exhibit's name for it)
 * @param savedAt     wall-clock time of the save, milliseconds since 1970
 * @param drawing     what the retina showed of the visitor's drawing not yet taught, light per
 *                    photocell (all dark after Clear), or null when it showed the card before the camera
 */
public record Visit(MachineState machine, List<KeptCard> cards, int next, Demonstration.Deck deck, boolean moving,
        boolean visitor, boolean forgetting, String view, long savedAt, double[] drawing) {

    /** The value of the {@code format} key of a kept visit. */
    public static final String FORMAT = "mark1 exhibit visit";

    /** A taught card: its class, its light per photocell, and whether it was answered rightly when last shown (null: not yet shown). */
    public record KeptCard(int cls, double[] light, Boolean right) {
    }

    @JsonPropertyOrder({"format", "savedAt", "visitor", "view", "forgetting", "moving", "deck", "next", "cards", "drawing", "machine"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StoredVisit(@JsonProperty(required = true) String format, @JsonProperty(required = true) long savedAt,
            @JsonProperty(required = true) boolean visitor, @JsonProperty(required = true) String view,
            @JsonProperty(required = true) boolean forgetting, @JsonProperty(required = true) boolean moving,
            @JsonProperty(required = true) Demonstration.Deck deck, @JsonProperty(required = true) int next,
            @JsonProperty(required = true) List<StoredVisitCard> cards, double[] drawing,
            @JsonProperty(required = true) JsonNode machine) {
    }

    @JsonPropertyOrder({"cls", "right", "light"})
    record StoredVisitCard(@JsonProperty(required = true) int cls, Boolean right, @JsonProperty(required = true) double[] light) {
    }

    /** The file's text. */
    public String write() {
        List<StoredVisitCard> stored = cards.stream().map(c -> new StoredVisitCard(c.cls(), c.right(), c.light())).toList();
        JsonNode m = YamlDocument.parse("machine", MachineStateFile.write(machine)).root();
        return Json.write(new StoredVisit(FORMAT, savedAt, visitor, view, forgetting, moving, deck, next, stored, drawing, m));
    }

    /**
     * Reads a kept visit ({@code source} names the file in messages) and checks that it fits a machine
     * of {@code config} with {@code lamps} lamps and {@code classes} classes, and that its view is one
     * of {@code views}; a file of the older kind, a machine's state alone, is read as the attract
     * loop's machine with no visit. Anything else is refused in one line naming the place.
     */
    public static Visit parse(String source, String text, MachineConfig config, int lamps, int classes, Set<String> views) {
        YamlDocument doc = YamlDocument.parse(source, text);
        String format = doc.root().isObject() ? doc.root().path("format").asText(null) : null;
        if (MachineStateFile.FORMAT.equals(format)) {
            MachineState m = MachineStateFile.parse(source, text, config, lamps);
            return new Visit(m, List.of(), 0, Demonstration.Deck.SCENARIO, false, false, false, null, 0, null);
        }
        if (!FORMAT.equals(format)) {
            throw doc.error("", "not a kept visit of the exhibit: its first key must be \"format\": \"" + FORMAT
                    + "\"; delete the file (the exhibit starts fresh) or name another with --state");
        }
        StoredVisit s = doc.bind("", doc.root(), StoredVisit.class);
        if (!views.contains(s.view())) {
            throw doc.error("/view", "\"" + s.view() + "\" is not a view; one of " + new java.util.TreeSet<>(views));
        }
        if (s.cards().size() > VisitorDeck.CAPACITY) {
            throw doc.error("/cards", "holds " + s.cards().size() + " cards; a visit keeps at most " + VisitorDeck.CAPACITY);
        }
        if (s.next() < 0) {
            throw doc.error("/next", "is " + s.next() + "; give 0 or more");
        }
        List<KeptCard> cards = new ArrayList<>();
        for (int i = 0; i < s.cards().size(); i++) {
            StoredVisitCard c = s.cards().get(i);
            String at = "/cards/" + i;
            if (c.cls() < 0 || c.cls() >= classes) {
                throw doc.error(at + "/cls", "class " + c.cls() + " does not exist; this machine has classes 0 to " + (classes - 1));
            }
            checkLight(doc, at + "/light", c.light(), config);
            cards.add(new KeptCard(c.cls(), c.light(), c.right()));
        }
        if (s.drawing() != null) {
            checkLight(doc, "/drawing", s.drawing(), config);
        }
        MachineState m = MachineStateFile.parse(source + " (key machine)", Json.write(s.machine()), config, lamps);
        return new Visit(m, List.copyOf(cards), s.next(), s.deck(), s.moving(), s.visitor(), s.forgetting(), s.view(),
                s.savedAt(), s.drawing());
    }

    /** Refuses, naming the place {@code at}, light that is not one value from 0 to 1 for each photocell of the retina. */
    private static void checkLight(YamlDocument doc, String at, double[] light, MachineConfig config) {
        if (light.length != config.photocells()) {
            throw doc.error(at, "holds " + light.length + " photocells; this retina has " + config.photocells());
        }
        for (int p = 0; p < light.length; p++) {
            if (!(light[p] >= 0 && light[p] <= 1)) {
                throw doc.error(at + "/" + p, "light " + light[p] + " is not between 0 and 1");
            }
        }
    }
}
