package dev.roster.wire;

import jakarta.json.JsonException;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.yasson.YassonJsonb;

/**
 * The API's one JSON format, bound by JSON-B: records in and out, {@code snake_case} names in
 * alphabetical order (JSON-B's default; clients read names, not places), a missing value written as {@code null} (never left out,
 * unless a record says so), points in time as {@link Timestamps}. Reading is strict where
 * JSON-B is lenient: a string field takes only a JSON string and a flag only {@code true} or
 * {@code false} (JSON-B would turn {@code 1} into {@code "1"} and {@code "true"} into
 * {@code true}), and every way a body can be wrong gets its own readable sentence.
 */
public final class Wire {

    /** Roster's bodies are flat objects; a little room for future nesting, none for a parser bomb. */
    static final int MAX_DEPTH = 32;

    private static final JsonProvider JSON = JsonProvider.provider();

    private static final YassonJsonb JSONB = (YassonJsonb) JsonbBuilder.create(new JsonbConfig()
            .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
            .withNullValues(true)
            .withSerializers(new InstantWriter())
            .withDeserializers(new StrictString(), new StrictBoolean()));

    /** How Yasson names the field whose value it could not bind (its message, pinned by {@code WireTest}). */
    private static final Pattern FAILED_PROPERTY = Pattern.compile("Unable to deserialize property '([^']+)'");

    private Wire() {
    }

    public static Jsonb jsonb() {
        return JSONB;
    }

    /** Binds one JSON value (a field's, already parsed) to {@code type}, by the same strict rules. */
    static Object fromJsonValue(JsonValue value, Type type) {
        if (type == String.class) {
            return text(value);
        }
        if (type == Boolean.class) {
            return flag(value);
        }
        return JSONB.fromJson(value.toString(), type);
    }

    private static String text(JsonValue value) {
        return switch (value.getValueType()) {
            case NULL -> null;
            case STRING -> ((JsonString) value).getString();
            default -> throw new WrongType("a string");
        };
    }

    private static Boolean flag(JsonValue value) {
        return switch (value.getValueType()) {
            case NULL -> null;
            case TRUE -> true;
            case FALSE -> false;
            default -> throw new WrongType("true or false");
        };
    }

    public static String toJson(Object value) {
        return JSONB.toJson(value);
    }

    /**
     * Binds a request body to a record.
     *
     * @throws UnreadableBodyException naming what is wrong: empty, too deeply nested, not JSON,
     *                                 not an object, or a field of the wrong type
     */
    public static <T> T read(String text, Class<T> type) {
        if (text == null || text.isBlank()) {
            throw new UnreadableBodyException("A JSON object is required as the request body");
        }
        if (tooDeep(text)) {
            throw new UnreadableBodyException("The request body nests arrays or objects deeper than " + MAX_DEPTH + " levels");
        }
        if (text.strip().charAt(0) != '{') {
            throw new UnreadableBodyException("The request body must be a JSON object");
        }
        requireUniqueKeys(text);
        try (JsonParser parser = JSON.createParser(new StringReader(text))) {
            T value = JSONB.fromJson(parser, type);
            if (parser.hasNext()) {
                throw new UnreadableBodyException("The request body is not valid JSON");
            }
            return value;
        } catch (JsonbException e) {
            throw unreadable(e);
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            throw new UnreadableBodyException("The request body is not valid JSON");
        }
    }

    /**
     * Refuses an object that names a field twice ({@code {"is_admin":false,"is_admin":true}}):
     * which one counts would be the parser's choice, and a proxy or log in front may have read
     * the other. A pass of its own over the events, since binding reads fields one by one.
     */
    private static void requireUniqueKeys(String text) {
        Deque<Set<String>> objects = new ArrayDeque<>();
        try (JsonParser parser = JSON.createParser(new StringReader(text))) {
            while (parser.hasNext()) {
                switch (parser.next()) {
                    case START_OBJECT -> objects.push(new HashSet<>());
                    case END_OBJECT -> objects.pop();
                    case KEY_NAME -> {
                        if (!objects.element().add(parser.getString())) {
                            throw new UnreadableBodyException("The request body names a field twice"
                                    + (parser.getString().length() <= 64 ? ": '" + parser.getString() + "'" : ""));
                        }
                    }
                    default -> {
                    }
                }
            }
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            throw new UnreadableBodyException("The request body is not valid JSON");
        }
    }

    private static UnreadableBodyException unreadable(JsonbException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof WrongType wrong) {
                Matcher property = FAILED_PROPERTY.matcher(e.getMessage());
                String field = property.find() ? "Field '" + property.group(1) + "'" : "A field";
                return new UnreadableBodyException(field + " must be " + wrong.getMessage());
            }
            if (cause instanceof JsonException && !(cause instanceof JsonbException)) {
                break;
            }
        }
        return new UnreadableBodyException("The request body is not valid JSON");
    }

    /**
     * Whether brackets outside strings nest deeper than any request of Roster's needs. Checked
     * before parsing, because building a value from 100,000 nested arrays recurses until the
     * stack overflows.
     */
    static boolean tooDeep(String text) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                if (++depth > MAX_DEPTH) {
                    return true;
                }
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return false;
    }

    /** A value of the wrong JSON type; its message completes "Field 'x' must be ...". */
    static final class WrongType extends JsonbException {

        WrongType(String expected) {
            super(expected);
        }
    }

    private static final class StrictString implements JsonbDeserializer<String> {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return text(parser.getValue());
        }
    }

    private static final class StrictBoolean implements JsonbDeserializer<Boolean> {

        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return flag(parser.getValue());
        }
    }

    private static final class InstantWriter implements JsonbSerializer<Instant> {

        @Override
        public void serialize(Instant instant, JsonGenerator generator, SerializationContext context) {
            generator.write(Timestamps.format(instant));
        }
    }
}
