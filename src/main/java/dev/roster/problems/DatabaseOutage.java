package dev.roster.problems;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means the database cannot be reached (down, frozen, out of connections),
 * which the client can only wait out: 503, never 500. The one place that recognises it, for the
 * API's exception mapping and for the authentication mechanism, which runs before it.
 */
public final class DatabaseOutage {

    public static final String DETAIL = "The database is unavailable; try again shortly";

    private DatabaseOutage() {
    }

    /** Whether {@code e} or anything in its cause chain is a failure to reach the database. */
    public static boolean isCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (isConnectionFailure(t)) {
                return true;
            }
        }
        return false;
    }

    static boolean isConnectionFailure(Throwable t) {
        if (t instanceof SQLTransientConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
            return true;
        }
        // The connection pool reports an unreachable database as a resource failure.
        return t.getClass().getName().startsWith("jakarta.resource.");
    }
}
