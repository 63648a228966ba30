package dev.roster.platform;

import static dev.roster.testing.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.testing.Api;
import dev.roster.testing.RosterDeployment;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What operators rely on: readiness with the database, the OpenAPI document, errors without internals. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsIT {

    @ArquillianResource
    URL deployment;

    Api api;
    Api server;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RosterDeployment.war();
    }

    @BeforeEach
    void clients() {
        api = new Api(RosterDeployment.apiBase(deployment));
        server = new Api(RosterDeployment.root(deployment));
    }

    @Test
    void readinessIncludesTheDatabase() {
        Api.Reply ready = server.get("health/ready", null);

        assertEquals(200, ready.status(), ready::toString);
        JsonObject health = ready.json();
        assertEquals("UP", health.getString("status"));
        assertTrue(health.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .anyMatch(c -> c.getString("name").equals("database") && c.getString("status").equals("UP")), ready::toString);
    }

    @Test
    void openApiDocumentDescribesTheApi() {
        Api.Reply openapi = server.send("GET", "openapi", null, null, Map.of("Accept", "application/json"));

        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("Roster"), "titled Roster");
        assertTrue(openapi.body().contains("/auth/login") && openapi.body().contains("/auth/me"), "lists the endpoints");
    }

    @Test
    void unknownPathsMethodsAndMediaTypesAreProblems() {
        assertProblem(api.get("no/such/thing", null), 404);
        Api.Reply wrongMethod = api.send("DELETE", "auth/status", null, null, Map.of());
        assertProblem(wrongMethod, 405);
        assertTrue(wrongMethod.header("Allow").contains("GET"));
        assertProblem(api.send("POST", "auth/setup", "{}", null, Map.of("Content-Type", "application/xml")), 415);
    }

    @Test
    void answersCarryNoServerBanner() {
        Api.Reply reply = api.get("auth/status", null);

        assertEquals(200, reply.status());
        assertNull(reply.header("X-Powered-By"));
        assertNull(reply.header("Server"));
    }
}
