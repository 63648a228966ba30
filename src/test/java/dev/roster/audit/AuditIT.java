package dev.roster.audit;

import static dev.roster.testing.Api.json;
import static dev.roster.testing.ProblemAssert.assertInvalid;
import static dev.roster.testing.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.testing.Api;
import dev.roster.testing.IntegrationTest;
import dev.roster.testing.TestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit log over HTTP: what is recorded, what is not, who reads it, and that nothing changes it. */
class AuditIT extends IntegrationTest {

    private static final String USER = "user@example.com";
    private static final String NEW_PASSWORD = "Fresh-Passw0rd-42";

    String admin;
    String adminId;

    @BeforeEach
    void installationWithAnAdmin() {
        adminId = freshInstallation().getString("user_id");
        admin = api.login(ADMIN, PASSWORD);
    }

    private JsonArray events(String query) {
        Api.Reply reply = api.get("audit" + query, admin);
        assertEquals(200, reply.status(), reply::toString);
        return reply.structure().asJsonArray();
    }

    private static List<String> actions(JsonArray events) {
        return events.stream().map(e -> e.asJsonObject().getString("action") + ":" + e.asJsonObject().getString("result")).toList();
    }

    private String createUser() {
        return api.createUser(json("email", USER, "display_name", "Plain User", "password", PASSWORD), admin);
    }

    @Test
    void setupAndLoginAreRecorded() {
        JsonArray all = events("");
        assertEquals(List.of("login:success", "setup:success"), actions(all));
        JsonObject login = all.getJsonObject(0);
        assertEquals(adminId, login.getString("actor"));
        assertEquals(ADMIN, login.getString("actor_email"));
        assertEquals(adminId, login.getString("target_user_id"));
        assertEquals("127.0.0.1", login.getString("client_address"));
        assertNotNull(login.getString("object_id"), "the session");
        JsonObject setup = all.getJsonObject(1);
        assertEquals("anonymous", setup.getString("actor"));
        assertEquals(ADMIN, setup.getString("target_email"));
        assertNotNull(Instant.parse(setup.getString("occurred_at")));
    }

    @Test
    void everyChangeToAUserIsRecordedWithTheFieldsButNeverTheValuesOfSecrets() {
        String userId = createUser();
        assertEquals(200, api.patch("auth/users/" + userId, json("display_name", "Renamed", "email", "renamed@example.com"), admin).status());
        assertEquals(200, api.patch("auth/users/" + userId, json("is_admin", true), admin).status());
        assertEquals(200, api.patch("auth/users/" + userId, json("is_admin", false), admin).status());
        assertEquals(200, api.patch("auth/users/" + userId, json("is_active", false), admin).status());
        assertEquals(200, api.patch("auth/users/" + userId, json("is_active", true), admin).status());
        assertEquals(200, api.patch("auth/users/" + userId, json("password", NEW_PASSWORD), admin).status());
        assertEquals(204, api.send("DELETE", "auth/users/" + userId, null, admin, Map.of()).status());

        Api.Reply reply = api.get("audit?target=" + userId, admin);
        JsonArray events = reply.structure().asJsonArray();
        assertEquals(List.of("user.delete:success", "user.password_reset:success", "user.activate:success", "user.deactivate:success",
                "user.demote:success", "user.promote:success", "user.update:success", "user.create:success"), actions(events));
        assertEquals("8", reply.header("X-Total-Count"));
        for (var event : events) {
            assertEquals(adminId, event.asJsonObject().getString("actor"));
            assertEquals(userId, event.asJsonObject().getString("target_user_id"));
        }
        JsonObject update = events.getJsonObject(6);
        assertEquals(List.of("display_name", "email"), update.getJsonArray("changes").getValuesAs(JsonString::getString));
        assertEquals("renamed@example.com", update.getString("target_email"));
        assertEquals("Email was " + USER, update.getString("detail"));
        assertEquals(List.of("password"), events.getJsonObject(1).getJsonArray("changes").getValuesAs(JsonString::getString));
        // The whole log, as text, holds no password, hash or token.
        String log = api.get("audit?limit=1000", admin).body();
        assertFalse(log.contains(PASSWORD) || log.contains(NEW_PASSWORD) || log.contains("argon2") || log.contains(admin), log);
        // The event outlives the user and is found by the email it had.
        assertEquals(1, events("?target=renamed@example.com&action=user.delete").size());
    }

    @Test
    void refusedActionsAreRecordedAsFailedWithTheReason() {
        String userId = createUser();
        assertProblem(api.send("DELETE", "auth/users/" + adminId, null, admin, Map.of()), 409);
        assertProblem(api.patch("auth/users/" + adminId, json("is_admin", false), admin), 409);
        assertProblem(api.post("auth/users", json("email", USER, "password", PASSWORD), admin), 409);

        JsonArray deletes = events("?action=user.delete&target=" + adminId);
        assertEquals(List.of("user.delete:failure"), actions(deletes));
        assertEquals("You cannot delete your own account", deletes.getJsonObject(0).getString("detail"));
        assertEquals(adminId, deletes.getJsonObject(0).getString("target_user_id"));
        assertEquals("Cannot remove the last administrator", events("?action=user.update").getJsonObject(0).getString("detail"));
        assertEquals(List.of("user.create:failure", "user.create:success"), actions(events("?action=user.create")));
        // A request that names no real user is recorded too, with what it named, cut to fit.
        assertProblem(api.send("DELETE", "auth/users/" + "x".repeat(80), null, admin, Map.of()), 404);
        JsonObject probe = events("?action=user.delete").getJsonObject(0);
        assertEquals("x".repeat(64), probe.getString("object_id"));
        assertTrue(probe.isNull("target_user_id"));
        // Nothing of the refused changes happened.
        assertTrue(api.get("auth/users/" + adminId, admin).json().getBoolean("is_admin"));
        assertEquals(200, api.get("auth/users/" + userId, admin).status());
    }

    @Test
    void failedLoginsRecordTheReasonForAdministratorsOnly() {
        createUser();
        Api.Reply wrong = api.send("POST", "auth/login", json("email", USER, "password", "Wrong-Passw0rd"), null,
                Map.of("X-Forwarded-For", "198.51.100.9"));
        Api.Reply unknown = api.post("auth/login", json("email", "Nobody@Example.com", "password", "Wrong-Passw0rd"), null);
        // The client hears the same for both...
        assertEquals(assertProblem(wrong, 401).getString("detail"), assertProblem(unknown, 401).getString("detail"));

        // ...the audit log tells them apart.
        JsonArray failures = events("?action=login&actor=anonymous");
        assertEquals(2, failures.size(), failures::toString);
        JsonObject unknownEvent = failures.getJsonObject(0);
        assertEquals("failure", unknownEvent.getString("result"));
        assertEquals("Unknown email", unknownEvent.getString("detail"));
        assertEquals("nobody@example.com", unknownEvent.getString("target_email"));
        assertTrue(unknownEvent.isNull("target_user_id"));
        JsonObject wrongEvent = failures.getJsonObject(1);
        assertEquals("Wrong password", wrongEvent.getString("detail"));
        assertEquals("198.51.100.9", wrongEvent.getString("client_address"));
        assertFalse(wrongEvent.isNull("target_user_id"));
    }

    @Test
    void lockoutsAndUnlocksAreRecorded() {
        String userId = createUser();
        for (int i = 0; i < 5; i++) {
            assertProblem(api.post("auth/login", json("email", USER, "password", "Wrong-Passw0rd"), null), 401);
        }
        assertProblem(api.post("auth/login", json("email", USER, "password", PASSWORD), null), 429);
        assertEquals(200, api.post("auth/users/" + userId + "/unlock", null, admin).status());

        JsonArray events = events("?target=" + userId);
        assertEquals(List.of("user.unlock:success", "login:failure", "login.lockout:success", "login:failure"),
                actions(events).subList(0, 4));
        assertEquals("Locked after too many failed logins", events.getJsonObject(1).getString("detail"));
        assertEquals("system", events.getJsonObject(2).getString("actor"));
    }

    @Test
    void sessionsKeysLogoutAndSigningKeysAreRecorded() {
        String userId = createUser();
        String user = api.login(USER, PASSWORD);
        String other = api.login(USER, PASSWORD);
        Api.Reply key = api.post("auth/api-keys", json("name", "ci"), user);
        assertEquals(201, key.status(), key::toString);
        String keyId = key.json().getString("key_id");
        assertEquals(204, api.send("DELETE", "auth/api-keys/" + keyId, null, user, Map.of()).status());
        assertEquals(200, api.post("auth/sessions/revoke-others", null, user).status());
        assertEquals(200, api.send("DELETE", "auth/users/" + userId + "/sessions", null, admin, Map.of()).status());
        assertProblem(api.get("auth/me", other), 401);
        String again = api.login(USER, PASSWORD);
        assertEquals(200, api.post("auth/logout", null, again).status());
        Api.Reply rotated = api.post("auth/signing-keys/rotate", null, admin);
        assertEquals(201, rotated.status(), rotated::toString);

        assertEquals(List.of("logout:success", "login:success", "session.revoke:success", "session.revoke:success", "api_key.revoke:success",
                "api_key.create:success", "login:success", "login:success", "user.create:success"), actions(events("?target=" + userId)));
        assertEquals(keyId, events("?action=api_key.create").getJsonObject(0).getString("object_id"));
        assertEquals(1, events("?target=" + keyId + "&action=api_key.revoke").size());
        JsonObject rotation = events("?action=signing_key.rotate").getJsonObject(0);
        assertEquals(rotated.json().getString("kid"), rotation.getString("object_id"));
        assertEquals(adminId, rotation.getString("actor"));
    }

    @Test
    void filtersByActorActionAndTimeAndPagesNewestFirst() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        for (int i = 0; i < 3; i++) {
            api.login(ADMIN, PASSWORD);
        }
        Instant after = Instant.now().plusSeconds(1);

        assertEquals(4, events("?actor=" + adminId + "&action=login").size());
        assertEquals(4, events("?actor=" + ADMIN + "&action=login").size());
        assertEquals(0, events("?actor=cli").size());
        String range = "?from=" + enc(before.toString()) + "&to=" + enc(after.toString()) + "&action=login";
        assertEquals(4, events(range).size());
        assertEquals(0, events("?from=" + enc(after.toString())).size());

        Api.Reply first = api.get("audit?action=login&limit=3", admin);
        assertEquals("4", first.header("X-Total-Count"));
        assertEquals(3, first.structure().asJsonArray().size());
        assertTrue(first.header("Link").contains("offset=3"), first::toString);
        JsonArray second = events("?action=login&offset=3&limit=3");
        assertEquals(1, second.size());
        long newest = first.structure().asJsonArray().getJsonObject(0).getJsonNumber("event_id").longValue();
        assertTrue(newest > second.getJsonObject(0).getJsonNumber("event_id").longValue());
    }

    @Test
    void badFiltersAreNamed() {
        assertInvalid(api.get("audit?action=drop_tables", admin), "action");
        assertInvalid(api.get("audit?from=yesterday", admin), "from");
        assertInvalid(api.get("audit?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z", admin), "to");
        assertInvalid(api.get("audit?limit=0", admin), "limit");
        assertInvalid(api.get("audit?actor=" + "a".repeat(300), admin), "actor");
    }

    @Test
    void filtersInAnyScriptFindTheirEventsAndNeverFail() {
        String zoeId = api.createUser(json("email", "zoë@example.com", "password", PASSWORD), admin);
        JsonArray byEmail = events("?target=" + enc("Zoë@example.com"));
        assertEquals(List.of("user.create:success"), actions(byEmail));
        assertEquals(zoeId, byEmail.getJsonObject(0).getString("target_user_id"));
        assertEquals(1, events("?target=" + zoeId).size(), "ids are found as before");
        for (String term : List.of("é", "\u202Eevil", "李雷", "zoë")) {
            assertEquals(0, events("?actor=" + enc(term)).size(), term);
            assertEquals(0, events("?target=" + enc(term)).size(), term);
        }
    }

    @Test
    void onlyAdministratorsReadItAndNobodyChangesIt() {
        createUser();
        String user = api.login(USER, PASSWORD);
        assertProblem(api.get("audit", user), 403);
        assertProblem(api.get("audit", null), 401);
        long events = TestDatabase.count("select count(*) from audit_events");
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            Api.Reply reply = api.send(method, "audit", method.equals("DELETE") ? null : "{}", admin, Map.of());
            assertEquals(405, reply.status(), reply::toString);
        }
        assertEquals(events, TestDatabase.count("select count(*) from audit_events"));
        // Not even the database lets an event be changed.
        assertThrows(IllegalStateException.class, () -> TestDatabase.update("update audit_events set result = 'success'"));
    }

    @Test
    void eventsOlderThanTheRetentionPeriodArePurged() throws Exception {
        Instant old = Instant.now().minus(Duration.ofDays(400));
        Instant recent = Instant.now().minus(Duration.ofDays(10));
        for (Instant at : List.of(old, recent)) {
            TestDatabase.update("insert into audit_events (occurred_at, actor, action, result) values (?, 'system', 'login', 'success')",
                    Timestamp.from(at));
        }
        // The purge runs every 2 s in the integration tests.
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (TestDatabase.count("select count(*) from audit_events where occurred_at < ?", Timestamp.from(old.plusSeconds(60))) > 0) {
            assertTrue(System.nanoTime() < deadline, "the old event is still there");
            Thread.sleep(250);
        }
        assertEquals(1, TestDatabase.count("select count(*) from audit_events where actor = 'system'"));
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
