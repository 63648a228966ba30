package dev.roster.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;

/**
 * Roster's one data source. Its coordinates come from MicroProfile Config at deployment
 * (system properties or the environment: {@code ROSTER_DB_URL}, {@code ROSTER_DB_USER},
 * {@code ROSTER_DB_PASSWORD}); the run command supplies them for its embedded MariaDB. Pooled
 * with local (not XA) transactions: see {@link LocalMariaDbDataSource}.
 */
@ApplicationScoped
@DataSourceDefinition(
        name = RosterDataSource.JNDI_NAME,
        className = "dev.roster.persistence.LocalMariaDbDataSource",
        url = "${MPCONFIG=roster.db.url}",
        user = "${MPCONFIG=roster.db.user}",
        password = "${MPCONFIG=roster.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        maxIdleTime = 300,
        // Every statement sees what is committed; decisions that must not interleave lock a row (see AdministratorLock).
        isolationLevel = Connection.TRANSACTION_READ_COMMITTED,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
            // A connection is checked at most every 10 s, not on every hand-out (a round trip per transaction).
            "fish.payara.validate-atmost-once-period-in-seconds=10",
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=5000",
        })
public class RosterDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/roster";
}
