package org.mark1.io;

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
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
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

    /** Reads a YAML file; a missing or unreadable file is an {@link InputError}. */
    public static YamlDocument read(Path file) {
        return parse(file.toString(), InputError.readText(file));
    }

    /** Parses YAML text; {@code source} names it in error messages. */
    public static YamlDocument parse(String source, String text) {
        Map<String, JsonLocation> locations = new HashMap<>();
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
                if (t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
                    locations.putIfAbsent(p.getParsingContext().pathAsPointer().toString(), here);
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw InputError.at(source, at == null ? 1 : at.getLineNr(), at == null ? 1 : at.getColumnNr(),
                    "not valid YAML: " + e.getOriginalMessage() + "; fix the syntax");
        } catch (IOException e) {
            throw new InputError(source + ": cannot read (" + e.getMessage() + ")");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw InputError.at(source, at == null ? 1 : at.getLineNr(), at == null ? 1 : at.getColumnNr(),
                    "not valid YAML: " + e.getOriginalMessage());
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
        try {
            return MAPPER.treeToValue(node, type);
        } catch (UnrecognizedPropertyException e) {
            String at = pointer + pathOf(e);
            String allowed = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            return fail(error(at, "unknown key; allowed keys here: " + allowed));
        } catch (InvalidFormatException e) {
            String at = pointer + pathOf(e);
            return fail(error(at, "'" + e.getValue() + "' is not " + expected(e.getTargetType())));
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InvalidValue invalid) {
                String base = pointer + pathOf(e);
                String at = invalid.key() == null ? base : base + "/" + invalid.key();
                return fail(error(at, invalid.problem()));
            }
            if (cause instanceof IllegalArgumentException) {
                return fail(error(pointer + pathOf(e), cause.getMessage()));
            }
            throw new IllegalStateException("binding " + type.getSimpleName() + " failed", e);
        } catch (MismatchedInputException e) {
            String at = pointer + pathOf(e);
            String msg = e.getOriginalMessage();
            if (msg != null && msg.startsWith("Missing required creator property")) {
                String key = msg.replaceFirst("^Missing required creator property '([^']*)'.*$", "$1");
                return fail(error(at, "missing key '" + key + "'; add it"));
            }
            return fail(error(at, "expected " + expected(e.getTargetType())));
        } catch (JsonMappingException e) {
            return fail(error(pointer + pathOf(e), e.getOriginalMessage()));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return fail(error(pointer, e.getMessage()));
        }
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
        return "a mapping of keys (" + type.getSimpleName() + ")";
    }
}
