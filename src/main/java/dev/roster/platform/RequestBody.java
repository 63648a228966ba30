package dev.roster.platform;

import dev.roster.problems.BadRequestException;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A JSON request body, read by hand so that every way a body can be wrong (empty, broken,
 * not an object, a field of the wrong type) gets its own readable 400, and so that "field
 * absent" and "field null" stay apart for partial updates.
 */
public final class RequestBody {

    /** Roster's bodies are flat objects; a little room for future nesting, none for a parser bomb. */
    static final int MAX_DEPTH = 32;

    private final JsonObject json;

    private RequestBody(JsonObject json) {
        this.json = json;
    }

    public static RequestBody parse(String text) {
        if (text == null || text.isBlank()) {
            throw new BadRequestException("A JSON object is required as the request body");
        }
        if (tooDeep(text)) {
            throw new BadRequestException("The request body nests arrays or objects deeper than " + MAX_DEPTH + " levels");
        }
        JsonValue value;
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            parser.next();
            value = parser.getValue();
            if (parser.hasNext()) {
                throw new BadRequestException("The request body is not valid JSON");
            }
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            throw new BadRequestException("The request body is not valid JSON");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new BadRequestException("The request body must be a JSON object");
        }
        return new RequestBody(value.asJsonObject());
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

    public boolean has(String field) {
        return json.containsKey(field);
    }

    /** The field's text; empty when absent or null. */
    public Optional<String> string(String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (value instanceof JsonString text) {
            return Optional.of(text.getString());
        }
        throw new BadRequestException("Field '" + field + "' must be a string");
    }

    /** The field's truth value; {@code absent} when absent or null. */
    public boolean bool(String field, boolean absent) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return absent;
        }
        return switch (value.getValueType()) {
            case TRUE -> true;
            case FALSE -> false;
            default -> throw new BadRequestException("Field '" + field + "' must be true or false");
        };
    }
}
