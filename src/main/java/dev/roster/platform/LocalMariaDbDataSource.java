package dev.roster.platform;

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
 */
public class LocalMariaDbDataSource implements DataSource {

    private final MariaDbDataSource mariaDb = new MariaDbDataSource();

    public String getUrl() {
        return mariaDb.getUrl();
    }

    public void setUrl(String url) throws SQLException {
        mariaDb.setUrl(url);
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
        return mariaDb.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return mariaDb.getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return mariaDb.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        mariaDb.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        mariaDb.setLoginTimeout(seconds);
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
