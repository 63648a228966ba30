package dev.roster.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Direct access to the integration tests' MariaDB (the one the build started), to put the
 * database into a known state before a test and to check what a request left behind.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static Connection connect() throws SQLException {
        String url = System.getProperty("roster.it.db.url");
        if (url == null) {
            throw new IllegalStateException("roster.it.db.url is not set: run integration tests through Maven (mvn verify)");
        }
        return DriverManager.getConnection(url, "root", "");
    }

    /** No users, groups, sessions, failed logins or sign-up counts, no audit events: the state of a fresh installation (signing keys stay). */
    public static void reset() {
        execute("delete from sessions", "delete from users", "delete from user_groups", "delete from failed_logins_by_email", "delete from failed_logins_by_address",
                "delete from registrations_by_address",
                "delete from audit_events");
    }

    public static void execute(String... statements) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a parameterised update and returns the number of rows changed. */
    public static int update(String sql, Object... parameters) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row, or null. */
    public static String single(String sql, Object... parameters) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of every row. */
    public static List<String> strings(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long count(String sql, Object... parameters) {
        return Long.parseLong(single(sql, parameters));
    }
}
