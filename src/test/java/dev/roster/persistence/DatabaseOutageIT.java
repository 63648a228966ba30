package dev.roster.persistence;

import static dev.roster.testing.Api.json;
import static dev.roster.testing.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.testing.Api;
import dev.roster.testing.IntegrationTest;
import dev.roster.testing.RosterDeployment;
import dev.roster.testing.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Roster through a database outage: the tests' MariaDB is frozen (SIGSTOP), the worst kind of
 * outage, where connections neither work nor fail, and thawed again (SIGCONT). While it is
 * frozen the API answers 503 problem+json within seconds and readiness reports DOWN; afterwards
 * Roster serves again without a restart, and the change refused meanwhile left nothing behind.
 */
class DatabaseOutageIT extends IntegrationTest {

    private static final String UNAVAILABLE = "The database is unavailable; try again shortly";

    /** The integration tests' MariaDB, known by the port the build gave it. */
    private static long databasePid() {
        String url = System.getProperty("roster.it.db.url");
        String port = "--port=" + URI.create(url.substring("jdbc:".length())).getPort();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("mariadbd") && Arrays.asList(c.split(" ")).contains(port)).orElse(false))
                .findFirst().orElseThrow(() -> new IllegalStateException("no mariadbd with " + port)).pid();
    }

    private static void signal(long pid, String signal) throws Exception {
        // The shell's own kill: a minimal machine may lack /bin/kill.
        assertEquals(0, new ProcessBuilder("sh", "-c", "kill -" + signal + " " + pid).inheritIO().start().waitFor());
    }

    private int ready(HttpClient http) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + deployment.getPort() + "/health/ready");
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void answers503WhileTheDatabaseIsDownAndRecoversWithoutARestart() throws Exception {
        TestDatabase.reset();
        Api api = new Api(RosterDeployment.apiBase(deployment), HttpClient.Version.HTTP_1_1);
        api.setUp(ADMIN, PASSWORD);
        String token = api.login(ADMIN, PASSWORD);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        long database = databasePid();
        signal(database, "STOP");
        try {
            // Every request gets its answer (the client would give up after 60 s), and it is a 503 problem.
            assertEquals(UNAVAILABLE, assertProblem(api.get("auth/me", token), 503).getString("detail"));
            assertEquals(UNAVAILABLE, assertProblem(api.patch("auth/me", json("display_name", "Half Written"), token), 503).getString("detail"));
            assertEquals(UNAVAILABLE, assertProblem(api.post("auth/login", json("email", ADMIN, "password", PASSWORD), null), 503).getString("detail"));
            assertEquals(503, ready(http));
        } finally {
            signal(database, "CONT");
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (ready(http) != 200) {
            assertTrue(System.nanoTime() < deadline, "not ready again within 60 s of the database's return");
            Thread.sleep(500);
        }
        Api.Reply me = api.get("auth/me", token);
        assertEquals(200, me.status(), me::toString);
        assertEquals("First Admin", me.json().getString("display_name"), "the refused change left nothing behind");
        api.login(ADMIN, PASSWORD);
    }
}
