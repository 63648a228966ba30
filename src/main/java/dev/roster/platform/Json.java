package dev.roster.platform;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.Reader;
import java.util.Collection;

/**
 * The JSON-P entry points Roster uses, over one provider looked up once. The static methods
 * of {@code jakarta.json.Json} look the provider up again on every call (a service-loader
 * scan of the class path), which cost more CPU per request than the rest of an
 * authenticated read.
 */
public final class Json {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private Json() {
    }

    public static JsonObjectBuilder createObjectBuilder() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonArrayBuilder createArrayBuilder() {
        return PROVIDER.createArrayBuilder();
    }

    public static JsonArrayBuilder createArrayBuilder(Collection<?> values) {
        return PROVIDER.createArrayBuilder(values);
    }

    public static JsonParser createParser(Reader reader) {
        return PROVIDER.createParser(reader);
    }
}
