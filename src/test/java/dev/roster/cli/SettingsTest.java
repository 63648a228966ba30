package dev.roster.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line reads the server's settings under the same names, and finds the database as documented. */
class SettingsTest {

    @TempDir
    Path dataDir;

    private static Properties properties(String... namesAndValues) {
        Properties properties = new Properties();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            properties.setProperty(namesAndValues[i], namesAndValues[i + 1]);
        }
        return properties;
    }

    @Test
    void environmentVariablesUseMicroProfileConfigNames() {
        Settings settings = new Settings(Map.of("ROSTER_STRICT_PASSWORD_CHECKING", "false", "ROSTER_ARGON2_MEMORY_KIB", "65536"), new Properties());
        assertFalse(settings.bool("roster.strict-password-checking", true));
        assertEquals(65536, settings.integer("roster.argon2.memory-kib", 19456));
        assertEquals(2, settings.integer("roster.argon2.iterations", 2));
        assertTrue(settings.bool("roster.allow-registration", true));
    }

    @Test
    void systemPropertiesWinOverTheEnvironment() {
        Settings settings = new Settings(Map.of("ROSTER_DB_URL", "jdbc:mariadb://env/roster"), properties("roster.db.url", "jdbc:mariadb://prop/roster"));
        assertEquals(Optional.of("jdbc:mariadb://prop/roster"), settings.get("roster.db.url"));
    }

    @Test
    void booleansReadAsMicroProfileConfigReadsThem() {
        for (String yes : new String[] {"true", "TRUE", "1", "yes", "Y", "on"}) {
            assertTrue(new Settings(Map.of("ROSTER_STRICT_PASSWORD_CHECKING", yes), new Properties()).bool("roster.strict-password-checking", false), yes);
        }
        for (String no : new String[] {"false", "0", "no", "off", "nonsense"}) {
            assertFalse(new Settings(Map.of("ROSTER_STRICT_PASSWORD_CHECKING", no), new Properties()).bool("roster.strict-password-checking", true), no);
        }
    }

    @Test
    void aNumberThatIsNoneIsAUsageError() {
        Settings settings = new Settings(Map.of("ROSTER_ARGON2_ITERATIONS", "two"), new Properties());
        assertThrows(UsageException.class, () -> settings.integer("roster.argon2.iterations", 2));
    }

    @Test
    void theDatabaseUrlComesFromTheEnvironmentWithItsCredentials() {
        DatabaseCoordinates db = DatabaseCoordinates.from(new Settings(Map.of("ROSTER_DB_URL", "jdbc:mariadb://db:3306/roster",
                "ROSTER_DB_USER", "roster", "ROSTER_DB_PASSWORD", "secret", "ROSTER_DATA_DIR", dataDir.toString()), new Properties()));
        assertEquals(new DatabaseCoordinates("jdbc:mariadb://db:3306/roster", "roster", "secret"), db);
    }

    @Test
    void withoutAUrlTheRunningEmbeddedDatabaseIsFoundInTheDataDirectory() throws IOException {
        Files.writeString(dataDir.resolve(DatabaseCoordinates.EMBEDDED_URL_FILE), "jdbc:mariadb://127.0.0.1:4321/roster?user=root\n");
        DatabaseCoordinates db = DatabaseCoordinates.from(new Settings(Map.of("ROSTER_DATA_DIR", dataDir.toString()), new Properties()));
        assertEquals("jdbc:mariadb://127.0.0.1:4321/roster?user=root", db.url());
    }

    @Test
    void withNeitherTheCommandCannotRun() {
        UsageException e = assertThrows(UsageException.class,
                () -> DatabaseCoordinates.from(new Settings(Map.of("ROSTER_DATA_DIR", dataDir.toString()), new Properties())));
        assertTrue(e.getMessage().contains("ROSTER_DB_URL"), e::getMessage);
    }
}
