package dev.roster.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The server's settings as the command line reads them: a system property
 * ({@code -Droster.db.url=...}) first, then the environment under the name MicroProfile
 * Config would look for ({@code ROSTER_DB_URL}), so that one set of variables serves the
 * server and the command line, and hashes and policy come out the same.
 */
final class Settings {

    private final Map<String, String> environment;
    private final Properties properties;

    Settings(Map<String, String> environment, Properties properties) {
        this.environment = environment;
        this.properties = properties;
    }

    static Settings system() {
        return new Settings(System.getenv(), System.getProperties());
    }

    /** The value of a property such as {@code roster.db.url}, looked up as MicroProfile Config does. */
    Optional<String> get(String property) {
        String value = properties.getProperty(property);
        if (value == null) {
            value = environment.get(property);
        }
        if (value == null) {
            String sanitized = property.replaceAll("[^A-Za-z0-9]", "_");
            value = environment.getOrDefault(sanitized, environment.get(sanitized.toUpperCase(Locale.ROOT)));
        }
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    /** A variable that only the run command and the command line read ({@code ROSTER_DATA_DIR}). */
    Optional<String> environment(String name) {
        return Optional.ofNullable(environment.get(name)).filter(v -> !v.isBlank());
    }

    int integer(String property, int absent) {
        String value = get(property).orElse(null);
        if (value == null) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(property + " must be a whole number, not '" + value + "'");
        }
    }

    /** MicroProfile Config's reading of a boolean: true, 1, yes, y, on (any case); anything else is false. */
    boolean bool(String property, boolean absent) {
        return get(property)
                .map(v -> v.strip().toLowerCase(Locale.ROOT))
                .map(v -> v.equals("true") || v.equals("1") || v.equals("yes") || v.equals("y") || v.equals("on"))
                .orElse(absent);
    }
}
