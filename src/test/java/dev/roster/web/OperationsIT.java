package dev.roster.web;

import static dev.roster.testing.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.testing.Api;
import dev.roster.testing.IntegrationTest;
import dev.roster.testing.RosterDeployment;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What operators rely on: readiness with the database, the OpenAPI document, errors without internals. */
class OperationsIT extends IntegrationTest {

    Api server;
    Api pages;

    @BeforeEach
    void clients() {
        server = new Api(RosterDeployment.root(deployment));
        pages = new Api(RosterDeployment.pages(deployment));
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
        Api.Reply json = pages.send("GET", "openapi", null, null, Map.of("Accept", "application/json"));
        Api.Reply yaml = pages.get("openapi", null);
        Api.Reply byQuery = pages.get("openapi?format=JSON", null);

        assertEquals(200, json.status(), json::toString);
        assertTrue(json.header("Content-Type").startsWith("application/json"), json::toString);
        assertEquals("Roster", json.json().getJsonObject("info").getString("title"));
        JsonObject paths = json.json().getJsonObject("paths");
        assertTrue(paths.containsKey("/api/v1/auth/login") && paths.containsKey("/api/v1/auth/me"), "lists the endpoints");
        assertEquals(200, yaml.status(), yaml::toString);
        assertTrue(yaml.header("Content-Type").startsWith("application/yaml"), yaml::toString);
        assertTrue(yaml.body().startsWith("---") || yaml.body().startsWith("openapi:"), yaml::toString);
        assertEquals(json.body(), byQuery.body());
    }

    /**
     * The document once made the server parse the whole WAR at the first request: after a few thousand
     * requests that ran out of heap, and the server answered nothing afterwards.
     */
    @Test
    void openApiDocumentAfterALoadStallsNothing() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(21);
        try {
            List<Future<Integer>> load = new ArrayList<>();
            for (int client = 0; client < 4; client++) {
                load.add(clients.submit(() -> {
                    int ok = 0;
                    for (int i = 0; i < 750; i++) {
                        ok += api.get("auth/status", null).status() == 200 ? 1 : 0;
                    }
                    return ok;
                }));
            }
            for (Future<Integer> client : load) {
                assertEquals(750, client.get(2, TimeUnit.MINUTES));
            }

            Future<Api.Reply> document = clients.submit(() -> pages.send("GET", "openapi", null, null, Map.of("Accept", "application/json")));
            List<Future<Api.Reply>> others = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                others.add(clients.submit(() -> api.get("auth/status", null)));
            }

            assertEquals(200, document.get(1, TimeUnit.MINUTES).status());
            for (Future<Api.Reply> other : others) {
                Api.Reply reply = other.get(1, TimeUnit.MINUTES);
                assertEquals(200, reply.status(), reply::toString);
            }
            assertEquals(200, server.get("health/ready", null).status());
            assertEquals(200, pages.get("openapi", null).status());
        } finally {
            clients.shutdownNow();
        }
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
