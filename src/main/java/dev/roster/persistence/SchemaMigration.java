package dev.roster.persistence;

import dev.roster.kernel.Limits;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Brings the schema up to date before anything else runs. Liquibase owns the schema; its
 * lock table keeps several nodes starting at once from migrating twice. The column lengths
 * come from the entities' constants, so JPA, validation and the schema agree.
 */
@Singleton
@Startup
public class SchemaMigration {

    static final String CHANGELOG = "liquibase/changelog.xml";

    @Resource(lookup = RosterDataSource.JNDI_NAME)
    DataSource dataSource;

    // Liquibase commits on its own connection; inside a JTA transaction the XA data source refuses that.
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        try (Connection connection = dataSource.getConnection()) {
            // Building an index on a large table takes longer than the pool lets a connection wait for an answer.
            int timeout = connection.getNetworkTimeout();
            connection.setNetworkTimeout(Runnable::run, 0);
            try {
                update(connection);
            } finally {
                connection.setNetworkTimeout(Runnable::run, timeout);
            }
        } catch (SQLException | LiquibaseException e) {
            throw new IllegalStateException("The database schema could not be brought up to date", e);
        }
    }

    /**
     * Applies the changelog, with the parameters every installation must share (a different
     * parameter would change the checksums), over the given connection. The server calls it
     * at start-up, the admin command line before its work.
     */
    public static void update(Connection connection) throws LiquibaseException {
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        Liquibase liquibase = new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(SchemaMigration.class.getClassLoader()), database);
        liquibase.setChangeLogParameter("email_length", Limits.EMAIL_MAX);
        liquibase.setChangeLogParameter("display_name_length", Limits.DISPLAY_NAME_MAX);
        liquibase.setChangeLogParameter("api_key_name_length", Limits.API_KEY_NAME_MAX);
        liquibase.setChangeLogParameter("group_name_length", Limits.GROUP_NAME_MAX);
        liquibase.setChangeLogParameter("group_description_length", Limits.GROUP_DESCRIPTION_MAX);
        liquibase.update("");
    }
}
