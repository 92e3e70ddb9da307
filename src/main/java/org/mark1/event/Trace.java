package org.mark1.event;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mark1.io.InputError;

/**
 * The timeline of a run as a file: one event per line, in JSON (JSON Lines), e.g.
 * <pre>{"event":"MotorStarted","time":2100000,"pot":17,"from":3,"target":4}</pre>
 * A later tool (the exhibit's replay) reads it back with {@link #read(Path)} into the same events.
 * The event names form a closed list; nothing in a trace file can name a class to construct.
 */
public final class Trace {

    @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, include = JsonTypeInfo.As.PROPERTY, property = "event")
    @JsonSubTypes({
        @JsonSubTypes.Type(Event.StimulusShown.class),
        @JsonSubTypes.Type(Event.PhotocellsSettled.class),
        @JsonSubTypes.Type(Event.AUnitsFired.class),
        @JsonSubTypes.Type(Event.RUnitsAnswered.class),
        @JsonSubTypes.Type(value = Event.Reinforced.class, name = "Reinforcement"),
        @JsonSubTypes.Type(Event.MotorStarted.class),
        @JsonSubTypes.Type(Event.MotorStopped.class)})
    private interface EventMixin {
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addMixIn(Event.class, EventMixin.class)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES) // a field left out is no default 0
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private Trace() {
    }

    /** One line of the trace for {@code event}, without the line break. */
    public static String line(Event event) {
        try {
            return MAPPER.writerFor(Event.class).writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + event, e);
        }
    }

    /** A listener that writes each event as a line to {@code out}. */
    public static EventListener writer(Writer out) {
        return event -> {
            try {
                out.write(line(event));
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** Parses one trace line. */
    public static Event parse(String line) {
        try {
            return MAPPER.readValue(line, Event.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }

    /** The most events {@link #read} takes from one file. */
    public static final int MAX_EVENTS = 5_000_000;

    /** The longest line {@link #read} takes, in characters. */
    public static final int MAX_LINE = 1_000_000;

    private static final java.util.regex.Pattern MISSING = java.util.regex.Pattern.compile(
            "Missing (?:required )?creator property '(\\w+)'");

    /** Reads a whole trace file; a malformed line is an {@link InputError} naming its number. */
    public static List<Event> read(Path file) {
        return read(file, e -> null);
    }

    /**
     * Reads a whole trace file, each event checked by {@code check} (a problem, or null) after those
     * before it; a malformed or refused line is an {@link InputError} naming the file and its number.
     * At most {@value #MAX_EVENTS} events, lines of at most {@value #MAX_LINE} characters.
     */
    public static List<Event> read(Path file, java.util.function.Function<Event, String> check) {
        List<Event> events = new ArrayList<>();
        org.mark1.io.TextFile.requireRegularFile(file); // a pipe or a device would block or never end
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                if (line.length() > MAX_LINE || events.size() == MAX_EVENTS) {
                    throw InputError.at(file.toString(), n, 1, line.length() > MAX_LINE ? "a line of more than " + MAX_LINE
                            + " characters is no trace event" : "more than " + MAX_EVENTS + " events; the limit is " + MAX_EVENTS);
                }
                Event event;
                try {
                    event = parse(line);
                } catch (IllegalArgumentException e) {
                    String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
                    java.util.regex.Matcher missing = MISSING.matcher(why);
                    throw InputError.at(file.toString(), n, 1, missing.find() ? "missing field '" + missing.group(1) + "'"
                            : "not a trace event (" + InputError.excerpt(why, 200) + ")");
                }
                String problem = check.apply(event);
                if (problem != null) {
                    throw InputError.at(file.toString(), n, 1, problem);
                }
                events.add(event);
            }
        } catch (IOException e) {
            throw InputError.reading(file, e);
        }
        return events;
    }
}
