package dev.roster.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parsing and exit statuses of the admin command line: everything that is decided before the database is needed. */
class AdminCliTest {

    @TempDir
    Path dataDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs the command line with no database coordinates at all and an empty data directory. */
    private int run(String... args) {
        Settings settings = new Settings(Map.of("ROSTER_DATA_DIR", dataDir.toString()), new Properties());
        Terminal terminal = new Terminal(null, new BufferedReader(new StringReader("")), new PrintWriter(err));
        return AdminCli.execute(args, settings, terminal, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void helpOnTheToolAndOnEachCommandExitsZero() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("useradd") && out.toString().contains("passwd"), out::toString);
        for (String command : new String[] {"useradd", "usermod", "userdel", "userlist", "passwd"}) {
            out.getBuffer().setLength(0);
            assertEquals(0, run(command, "--help"), command);
            assertTrue(out.toString().contains("Usage: roster-admin " + command), out::toString);
            assertTrue(out.toString().contains("Exit status"), out::toString);
        }
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(AdminCli.USAGE, run());
        assertEquals(AdminCli.USAGE, run("userlist", "--bogus"));
        assertTrue(err.toString().contains("Unknown option: '--bogus'"), err::toString);
        assertEquals(AdminCli.USAGE, run("frobnicate"));
        assertEquals(AdminCli.USAGE, run("useradd", "--name", "No Email"));
        assertEquals(AdminCli.USAGE, run("usermod", "--email", "a@example.com", "--admin", "--no-admin"));
        assertEquals(AdminCli.USAGE, run("usermod", "--email", "a@example.com", "--activate", "--deactivate"));
        assertEquals(AdminCli.USAGE, run("usermod", "--email", "a@example.com", "--password", "x", "--prompt-password"));
    }

    @Test
    void usermodWithNothingToChangeIsAUsageError() {
        assertEquals(AdminCli.USAGE, run("usermod", "--email", "a@example.com"));
        assertTrue(err.toString().contains("Nothing to change"), err::toString);
    }

    @Test
    void withoutDatabaseCoordinatesExitsTwoSayingWhatToSet() {
        assertEquals(AdminCli.USAGE, run("userlist"));
        assertTrue(err.toString().contains("ROSTER_DB_URL"), err::toString);
        assertTrue(err.toString().contains(dataDir.toAbsolutePath().toString()), err::toString);
    }

    @Test
    void anUnreachableDatabaseIsAFailureNotARefusal() {
        Settings settings = new Settings(Map.of("ROSTER_DB_URL", "jdbc:mariadb://127.0.0.1:1/roster?connectTimeout=2000"), new Properties());
        Terminal terminal = new Terminal(null, new BufferedReader(new StringReader("")), new PrintWriter(err));
        int status = AdminCli.execute(new String[] {"userlist"}, settings, terminal, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(AdminCli.FAILURE, status);
        assertTrue(err.toString().startsWith("roster-admin: Cannot connect to the database"), err::toString);
    }
}
