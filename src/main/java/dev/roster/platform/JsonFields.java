package dev.roster.platform;

import jakarta.json.JsonObjectBuilder;
import java.time.Instant;

/** Writes the optional parts of a representation: a missing value is written as JSON null, never left out. */
public final class JsonFields {

    private JsonFields() {
    }

    public static JsonObjectBuilder add(JsonObjectBuilder json, String name, String value) {
        return value == null ? json.addNull(name) : json.add(name, value);
    }

    public static JsonObjectBuilder add(JsonObjectBuilder json, String name, Instant value) {
        return value == null ? json.addNull(name) : json.add(name, Timestamps.format(value));
    }
}
