package dev.roster.setup;

import static dev.roster.testing.Api.json;
import static dev.roster.testing.ProblemAssert.assertInvalid;
import static dev.roster.testing.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.testing.Api;
import dev.roster.testing.IntegrationTest;
import dev.roster.testing.TestDatabase;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** First-run setup and the status probe, over HTTP against the real WAR and MariaDB. */
class SetupIT extends IntegrationTest {

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.reset();
    }

    @Test
    void statusReportsSetupRequiredAndPolicyUntilAnAdminExists() {
        JsonObject status = api.get("auth/status", null).json();
        assertTrue(status.getBoolean("setup_required"));
        assertTrue(status.getBoolean("multiuser_enabled"));
        assertTrue(status.getBoolean("strict_password_checking"));
        assertTrue(status.getBoolean("registration_enabled"), "the test server allows registration (pom.xml)");

        api.setUp("admin@example.com", PASSWORD);

        assertFalse(api.get("auth/status", null).json().getBoolean("setup_required"));
    }

    @Test
    void setupCreatesTheFirstAdministratorWithANormalisedEmail() {
        Api.Reply reply = api.post("auth/setup", json("email", "  Admin@Example.COM ", "display_name", "  Ada Lovelace ", "password", PASSWORD), null);

        assertEquals(201, reply.status(), reply::toString);
        assertTrue(reply.json().getBoolean("success"));
        JsonObject user = reply.json().getJsonObject("user");
        assertEquals("admin@example.com", user.getString("email"));
        assertEquals("Ada Lovelace", user.getString("display_name"));
        assertTrue(user.getBoolean("is_admin"));
        assertTrue(user.getBoolean("is_active"));
        assertTrue(user.isNull("last_login_at"));
        assertTrue(user.getString("created_at").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"), user::toString);
        // the fields, and no others (a JSON object's names have no order)
        assertEquals(Set.of("user_id", "email", "display_name", "is_admin", "is_active", "status", "groups", "created_at", "updated_at", "last_login_at",
                "mfa_enabled", "required_actions"), user.keySet());
        assertTrue(TestDatabase.single("select password_hash from users where id = ?", user.getString("user_id")).startsWith("$argon2id$v=19$m=19456,t=2,p=1$"));
    }

    @Test
    void secondSetupIsRefused() {
        api.setUp("admin@example.com", PASSWORD);

        assertProblem(api.post("auth/setup", json("email", "other@example.com", "password", PASSWORD), null), 409,
                "Administrator account already configured");
        assertEquals(1, TestDatabase.count("select count(*) from users"));
    }

    @Test
    void setupValidatesEveryFieldAndWritesNothing() {
        assertInvalid(api.post("auth/setup", json("email", "not-an-email", "password", PASSWORD), null), "email");
        assertInvalid(api.post("auth/setup", json("password", PASSWORD), null), "email");
        assertInvalid(api.post("auth/setup", json("email", "a".repeat(250) + "@example.com", "password", PASSWORD), null), "email");
        assertInvalid(api.post("auth/setup", json("email", "admin@example.com", "password", "Short1"), null), "password");
        assertInvalid(api.post("auth/setup", json("email", "admin@example.com", "password", "alllowercase1"), null), "password");
        assertInvalid(api.post("auth/setup", json("email", "admin@example.com", "password", "Password1"), null), "password");
        assertInvalid(api.post("auth/setup", json("email", "admin@example.com"), null), "password");
        assertInvalid(api.post("auth/setup", json("email", "admin@example.com", "password", "Aa1" + "x".repeat(1022)), null), "password");
        assertInvalid(api.post("auth/setup", json("email", "admin@example.com", "password", PASSWORD, "display_name", "x".repeat(101)), null), "display_name");
        assertInvalid(api.post("auth/setup", json("email", "admin@example.com", "password", PASSWORD, "display_name", "bad\u0000name"), null), "display_name");
        assertInvalid(api.post("auth/setup", json("email", "admin@example.com", "password", PASSWORD, "display_name", "evil\u202Eeman"), null), "display_name");
        JsonObject both = assertProblem(api.post("auth/setup", json("email", "nope", "password", "x"), null), 422);
        assertEquals(2, both.getJsonArray("errors").size());

        assertEquals(0, TestDatabase.count("select count(*) from users"));
        assertTrue(api.get("auth/status", null).json().getBoolean("setup_required"));
    }

    @Test
    void setupAcceptsFullUnicodeNames() {
        String name = "Zoë 李雷 🧑‍💻";
        Api.Reply reply = api.post("auth/setup", json("email", "zoe@example.com", "display_name", name, "password", PASSWORD), null);
        assertEquals(201, reply.status(), reply::toString);
        assertEquals(name, reply.json().getJsonObject("user").getString("display_name"));
        assertEquals(name, TestDatabase.single("select display_name from users"));
    }

    @Test
    void brokenBodiesAreBadRequests() {
        assertProblem(api.post("auth/setup", "{\"email\": ", null), 400, "The request body is not valid JSON");
        assertProblem(api.post("auth/setup", "[1, 2]", null), 400, "The request body must be a JSON object");
        assertProblem(api.post("auth/setup", "", null), 400);
        assertProblem(api.post("auth/setup", json("email", 42, "password", PASSWORD), null), 400, "Field 'email' must be a string");
        assertProblem(api.post("auth/setup", "{\"email\": {\"$ne\": null}, \"password\": \"" + PASSWORD + "\"}", null), 400);
        assertEquals(0, TestDatabase.count("select count(*) from users"));
    }

    @RepeatedTest(2)
    void concurrentSetupsCreateExactlyOneAdministrator() throws Exception {
        int racers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            String email = "admin" + i + "@example.com";
            Callable<Api.Reply> setup = () -> {
                start.await();
                return api.post("auth/setup", json("email", email, "password", PASSWORD), null);
            };
            replies.add(pool.submit(setup));
        }
        start.countDown();
        int created = 0;
        for (Future<Api.Reply> reply : replies) {
            Api.Reply r = reply.get();
            if (r.status() == 201) {
                created++;
            } else {
                assertProblem(r, 409, "Administrator account already configured");
            }
        }
        pool.shutdown();

        assertEquals(1, created);
        assertEquals(1, TestDatabase.count("select count(*) from users"));
    }
}
