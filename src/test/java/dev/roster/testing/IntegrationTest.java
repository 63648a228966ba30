package dev.roster.testing;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every integration test stands on: the WAR this build made, deployed unchanged by
 * Arquillian on Payara Micro against the build's MariaDB ({@code src/test/resources/arquillian.xml};
 * one server per test class), a client for its API, and a fresh installation on demand.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class IntegrationTest {

    public static final String ADMIN = "admin@example.com";
    public static final String PASSWORD = "Corr3ct-Horse";

    @ArquillianResource
    protected URL deployment;

    /** The API of the deployment under test, at {@code .../api/v1/}. */
    protected Api api;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RosterDeployment.war();
    }

    @BeforeEach
    void apiClient() {
        api = new Api(RosterDeployment.apiBase(deployment));
    }

    /** An empty database, then the first administrator ({@link #ADMIN}, {@link #PASSWORD}): their user representation. */
    protected JsonObject freshInstallation() {
        TestDatabase.reset();
        return api.setUp(ADMIN, PASSWORD);
    }

    /** A fresh installation, and the first administrator's token. */
    protected String freshInstallationAsAdmin() {
        freshInstallation();
        return api.login(ADMIN, PASSWORD);
    }
}
