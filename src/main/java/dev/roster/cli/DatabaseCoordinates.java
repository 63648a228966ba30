package dev.roster.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the database is: {@code ROSTER_DB_URL} (with {@code ROSTER_DB_USER} and
 * {@code ROSTER_DB_PASSWORD}), as for the server; without it, the embedded database of a
 * running {@code mvn -Prun package}, whose JDBC URL the run command leaves in
 * {@value #EMBEDDED_URL_FILE} in its data directory ({@code ROSTER_DATA_DIR}, default
 * {@code ./data}) while it runs.
 */
public record DatabaseCoordinates(String url, String user, String password) {

    /** The file in the data directory that holds the embedded database's JDBC URL while the run command runs. */
    public static final String EMBEDDED_URL_FILE = "roster-db.url";

    /** {@code ROSTER_DATA_DIR}'s default, relative to the working directory, as for the run command. */
    public static final String DEFAULT_DATA_DIR = "data";

    /** @throws UsageException when neither a URL nor a running embedded database is found */
    static DatabaseCoordinates from(Settings settings) {
        String user = settings.get("roster.db.user").orElse(null);
        String password = settings.get("roster.db.password").orElse(null);
        String url = settings.get("roster.db.url").orElse(null);
        if (url != null) {
            return new DatabaseCoordinates(url, user, password);
        }
        Path dataDir = Path.of(settings.environment("ROSTER_DATA_DIR").orElse(DEFAULT_DATA_DIR)).toAbsolutePath();
        Path file = dataDir.resolve(EMBEDDED_URL_FILE);
        if (!Files.isRegularFile(file)) {
            throw new UsageException("No database: set ROSTER_DB_URL (and ROSTER_DB_USER, ROSTER_DB_PASSWORD), "
                    + "or start Roster with its embedded database (mvn -Prun package) and run this from the same "
                    + "directory or with the same ROSTER_DATA_DIR (no running embedded database found in " + dataDir + ")");
        }
        try {
            // The embedded server accepts any password for root; the URL names the user.
            return new DatabaseCoordinates(Files.readString(file, StandardCharsets.UTF_8).strip(), user, password);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
