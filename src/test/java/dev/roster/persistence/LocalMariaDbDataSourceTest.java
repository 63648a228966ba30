package dev.roster.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class LocalMariaDbDataSourceTest {

    @Test
    void statementsArePreparedOnTheServerUnlessTheUrlSaysOtherwise() {
        assertEquals("jdbc:mariadb://db:3306/roster?useServerPrepStmts=true",
                LocalMariaDbDataSource.withServerPreparedStatements("jdbc:mariadb://db:3306/roster"));
        assertEquals("jdbc:mariadb://db:3306/roster?sslMode=verify-full&useServerPrepStmts=true",
                LocalMariaDbDataSource.withServerPreparedStatements("jdbc:mariadb://db:3306/roster?sslMode=verify-full"));
        assertEquals("jdbc:mariadb://db:3306/roster?useServerPrepStmts=false",
                LocalMariaDbDataSource.withServerPreparedStatements("jdbc:mariadb://db:3306/roster?useServerPrepStmts=false"));
    }

    @Test
    void aMissingUrlIsRefusedByTheDriverAsBefore() {
        assertThrows(SQLException.class, () -> new LocalMariaDbDataSource().setUrl(null));
    }

    @Test
    void theDriverIsConfiguredWithTheOption() throws Exception {
        LocalMariaDbDataSource dataSource = new LocalMariaDbDataSource();
        dataSource.setUrl("jdbc:mariadb://127.0.0.1:3306/roster");
        // The driver's own rendering of its configuration (it drops the default port and adds the connect timeout).
        assertEquals("jdbc:mariadb://127.0.0.1/roster?connectTimeout=5000&useServerPrepStmts=true", dataSource.getUrl());
    }
}
