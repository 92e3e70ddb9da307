package org.mark1.io;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/**
 * A YAML file read as a tree, remembering where each key and value stood, so that every mistake in
 * it can be reported as one line: {@code file:line:column: place: problem; the fix}.
 *
 * <p>Safety: a YAML tag ({@code !!java.lang.Runtime}, {@code !custom}) is refused outright, so no
 * file can construct an arbitrary object; duplicate keys are refused; numbers are not silently
 * rounded and strings are not coerced into numbers.
 */
public final class YamlDocument {

    /** The mapper every YAML file in the project is bound with: strict about keys and types. */
    public static final ObjectMapper MAPPER = strict(YAMLMapper.builder())
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    /** A JSON mapper with the same strictness, for manifests and other JSON inputs. */
    public static final ObjectMapper JSON = strict(JsonMapper.builder()).build();

    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B strict(B builder) {
        return builder
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
    }

    private final String source;
    private final JsonNode root;
    private final Map<String, JsonLocation> locations;

    private YamlDocument(String source, JsonNode root, Map<String, JsonLocation> locations) {
        this.source = source;
        this.root = root;
        this.locations = locations;
    }

    /** Largest YAML file read: a scenario or a manifest is a few kilobytes. */
    public static final int MAX_BYTES = 1024 * 1024;
    /**
     * Longest line in a YAML file. The YAML parser slows down with the square of a token's length,
     * so a megabyte-long line would take seconds and a gigabyte of memory: refused up front.
     */
    public static final int MAX_LINE = 65_536;

    /** Reads a YAML file; a missing, unreadable, oversized or non-text file is an {@link InputError}. */
    public static YamlDocument read(Path file) {
        String text = TextFile.read(file, MAX_BYTES);
        YamlErrors.requireShortLines(file.toString(), text, MAX_LINE);
        return parse(file.toString(), text);
    }

    /** Parses YAML text; {@code source} names it in error messages. */
    public static YamlDocument parse(String source, String text) {
        Map<String, JsonLocation> locations = new HashMap<>();
        String lastKey = "";
        JsonLocation lastAt = null;
        int documents = 0;
        YAMLFactory factory = (YAMLFactory) MAPPER.getFactory();
        try (JsonParser p = factory.createParser(text)) {
            p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                JsonLocation here = p.currentTokenLocation();
                Object tag = p.getTypeId();
                if (tag != null) {
                    throw InputError.at(source, here.getLineNr(), here.getColumnNr(),
                            "YAML tag '!" + tag + "' is not allowed; remove it (scenario files hold plain values only)");
                }
                if (YamlErrors.startsADocument(t, p) && ++documents > 1) {
                    throw YamlErrors.secondDocument(source, here);
                }
                if (t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
                    String pointer = p.getParsingContext().pathAsPointer().toString();
                    locations.putIfAbsent(pointer, here);
                    lastKey = pointer;
                    lastAt = here;
                }
                if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                    p.getNumberValue(); // a malformed number (.nan, .inf) is reported here, at its key
                }
            }

        } catch (JsonProcessingException e) {
            throw YamlErrors.syntaxError(source, e, lastKey, lastAt);
        } catch (IOException e) {
            throw new InputError(source + ": cannot read (" + e.getMessage() + ")");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw YamlErrors.syntaxError(source, e, "", null);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw InputError.at(source, 1, 1, "the file is empty; see the shipped examples for its shape");
        }
        return new YamlDocument(source, root, locations);
    }

    public String source() {
        return source;
    }

    public JsonNode root() {
        return root;
    }

    /** An error at a place in the file, given as a JSON pointer such as {@code /machine/theta}. */
    public InputError error(String pointer, String problem) {
        JsonLocation at = locate(pointer);
        String place = describe(pointer);
        return InputError.at(source, at.getLineNr(), at.getColumnNr(), (place.isEmpty() ? "" : place + ": ") + problem);
    }

    /**
     * Binds the node at {@code pointer} to {@code type}, turning every binding failure (unknown key,
     * wrong type, missing key, impossible value) into a one-line {@link InputError}.
     */
    public <T> T bind(String pointer, JsonNode node, Class<T> type) {
        checkKeys(pointer, node, type);
        try {
            return MAPPER.treeToValue(node, type);
        } catch (UnrecognizedPropertyException e) {
            String at = pointer + pathOf(e);
            String allowed = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            return fail(error(at, "unknown key; allowed keys here: " + allowed));
        } catch (InvalidFormatException e) {
            String at = pointer + pathOf(e);
            return fail(error(at, "'" + InputError.excerpt(e.getValue()) + "' is not " + expected(e.getTargetType())));
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InvalidValue invalid) {
                String base = pointer + pathOf(e);
                String at = invalid.key() == null ? base : base + "/" + invalid.key();
                return fail(error(at, invalid.problem()));
            }
            if (cause instanceof IllegalArgumentException) {
                return fail(error(pointer + pathOf(e), InputError.excerpt(String.valueOf(cause.getMessage()), 200)));
            }
            throw new IllegalStateException("binding " + type.getSimpleName() + " failed", e);
        } catch (MismatchedInputException e) {
            String at = pointer + pathOf(e);
            String msg = e.getOriginalMessage();
            if (msg != null && msg.startsWith("Missing required creator property")) {
                String key = msg.replaceFirst("(?s)^Missing required creator property '([^']*)'.*$", "$1");
                return fail(error(at, "missing key '" + key + "'; add it"));
            }
            return fail(error(at, "expected " + expected(e.getTargetType())));
        } catch (JsonMappingException e) {
            String msg = String.valueOf(e.getOriginalMessage());
            Matcher big = YamlErrors.OUT_OF_RANGE.matcher(msg);
            if (big.lookingAt()) {
                return fail(error(pointer + pathOf(e), InputError.excerpt(big.group(1)) + " is too large a number here; "
                        + "give a value in the allowed range"));
            }
            return fail(error(pointer + pathOf(e), InputError.excerpt(msg, 200)));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return fail(error(pointer, InputError.excerpt(String.valueOf(e.getMessage()), 200)));
        }
    }

    /**
     * Refuses an unknown key anywhere under {@code node} before binding, so that a misspelt key is
     * named even when the binding would otherwise stop first at a missing required key.
     */
    private void checkKeys(String pointer, JsonNode node, Type type) {
        Class<?> raw = type instanceof ParameterizedType pt ? (Class<?>) pt.getRawType()
                : type instanceof Class<?> c ? c : Object.class;
        if (raw.isRecord() && node.isObject() && !delegating(raw)) {
            Map<String, RecordComponent> known = new TreeMap<>();
            for (RecordComponent rc : raw.getRecordComponents()) {
                JsonProperty named = rc.getAccessor().getAnnotation(JsonProperty.class);
                if (named == null) {
                    named = rc.getAnnotation(JsonProperty.class);
                }
                known.put(named != null && !named.value().isEmpty() ? named.value() : rc.getName(), rc);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                String at = pointer + "/" + escape(e.getKey());
                RecordComponent rc = known.get(e.getKey());
                if (rc == null) {
                    throw error(at, "unknown key; allowed keys here: " + String.join(", ", known.keySet()));
                }
                checkKeys(at, e.getValue(), rc.getGenericType());
            }
        } else if (type instanceof ParameterizedType pt && Collection.class.isAssignableFrom(raw) && node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkKeys(pointer + "/" + i, node.get(i), pt.getActualTypeArguments()[0]);
            }
        } else if (type instanceof ParameterizedType pt && Map.class.isAssignableFrom(raw) && node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                checkKeys(pointer + "/" + escape(e.getKey()), e.getValue(), pt.getActualTypeArguments()[1]);
            }
        }
    }

    /** A record read from a whole value by its own creator (a number or a mapping of names): its keys are its own to check. */
    private static boolean delegating(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods()).map(m -> m.getAnnotation(com.fasterxml.jackson.annotation.JsonCreator.class))
                .anyMatch(c -> c != null && c.mode() == com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING);
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static <T> T fail(InputError e) {
        throw e;
    }

    private JsonLocation locate(String pointer) {
        String p = pointer;
        while (true) {
            JsonLocation at = locations.get(p);
            if (at != null) {
                return at;
            }
            if (p.isEmpty() || p.equals("/")) {
                JsonLocation first = locations.get("");
                return first != null ? first : new JsonLocation(null, -1, 1, 1);
            }
            int cut = p.lastIndexOf('/');
            p = cut <= 0 ? "" : p.substring(0, cut);
        }
    }

    /** {@code /classes/1/name} becomes {@code classes[1].name}. */
    static String describe(String pointer) {
        StringBuilder b = new StringBuilder();
        JsonPointer p = JsonPointer.compile(pointer.isEmpty() ? "" : pointer);
        while (p != null && !p.matches()) {
            if (p.mayMatchElement() && p.getMatchingProperty().chars().allMatch(Character::isDigit)) {
                b.append('[').append(p.getMatchingIndex()).append(']');
            } else {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(p.getMatchingProperty());
            }
            p = p.tail();
        }
        return b.toString();
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            b.append('/');
            b.append(r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()));
        }
        return b.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a value of the right type";
        }
        if (type.isEnum()) {
            return "one of: " + Arrays.stream(type.getEnumConstants())
                    .map(c -> c instanceof Keyword k ? k.id() : c.toString()).collect(Collectors.joining(", "));
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a text";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type.isRecord()) {
            return "a mapping with the keys " + Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                    .collect(Collectors.joining(", "));
        }
        return "a mapping of keys";
    }
}
