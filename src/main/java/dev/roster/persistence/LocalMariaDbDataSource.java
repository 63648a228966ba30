package dev.roster.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * MariaDB's data source offered to the container as a plain {@link DataSource}. Payara pools a
 * {@code @DataSourceDefinition} class that is also an {@code XADataSource} (as MariaDB's own is)
 * as an XA resource: every transaction then costs {@code XA START}, {@code XA END} and
 * {@code XA COMMIT} round trips besides its work. Roster has one database, so local
 * transactions do the same job; this class only hides the XA side. Payara sets the
 * connection's coordinates through the setters below.
 *
 * <p>It also bounds how long a connection may wait on the database: {@value #CONNECT_SECONDS} s
 * to connect and {@value #NETWORK_SECONDS} s for any answer. A database that is down or frozen
 * then fails requests with a 503 within seconds instead of holding them (and the pool's
 * threads) indefinitely; the pool replaces the broken connections once it answers again.
 * Schema migrations, which may legitimately run longer, lift the limit on their connection.
 *
 * <p>Statements are prepared on the server ({@code useServerPrepStmts}), unless the URL says
 * otherwise: MariaDB then parses a statement once per connection instead of at every execution
 * (its CPU per authenticated read 0.096–0.100 → 0.081–0.085 ms, under {@code wrk -c8} on
 * 2026-11-29; Payara's unchanged).
 */
public class LocalMariaDbDataSource implements DataSource {

    static final int CONNECT_SECONDS = 5;
    static final int NETWORK_SECONDS = 5;

    private final MariaDbDataSource mariaDb = new MariaDbDataSource();

    public LocalMariaDbDataSource() {
        try {
            mariaDb.setLoginTimeout(CONNECT_SECONDS);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public String getUrl() {
        return mariaDb.getUrl();
    }

    public void setUrl(String url) throws SQLException {
        mariaDb.setUrl(withServerPreparedStatements(url));
    }

    /** {@code url} with {@code useServerPrepStmts=true}, unless it sets that option itself (or is missing: the driver refuses it). */
    static String withServerPreparedStatements(String url) {
        if (url == null || url.contains("useServerPrepStmts=")) {
            return url;
        }
        return url + (url.indexOf('?') < 0 ? "?" : "&") + "useServerPrepStmts=true";
    }

    public String getUser() {
        return mariaDb.getUser();
    }

    public void setUser(String user) throws SQLException {
        mariaDb.setUser(user);
    }

    public void setPassword(String password) throws SQLException {
        mariaDb.setPassword(password);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return bounded(mariaDb.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return bounded(mariaDb.getConnection(username, password));
    }

    private static Connection bounded(Connection connection) throws SQLException {
        connection.setNetworkTimeout(Runnable::run, NETWORK_SECONDS * 1000);
        return connection;
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return mariaDb.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        mariaDb.setLogWriter(out);
    }

    /** Payara passes the pool's login timeout here; zero (none) keeps Roster's own. */
    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        mariaDb.setLoginTimeout(seconds > 0 ? seconds : CONNECT_SECONDS);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return mariaDb.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return mariaDb.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return mariaDb.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || mariaDb.isWrapperFor(type);
    }
}
