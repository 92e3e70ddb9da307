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

    /** Reads a whole trace file; a malformed line is an {@link InputError} naming its number. */
    public static List<Event> read(Path file) {
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
                try {
                    events.add(parse(line));
                } catch (IllegalArgumentException e) {
                    throw InputError.at(file.toString(), n, 1, "not a trace event (" + e.getMessage() + ")");
                }
            }
        } catch (IOException e) {
            throw InputError.reading(file, e);
        }
        return events;
    }
}
