package dev.roster.sessions;

import static dev.roster.testing.Api.json;
import static dev.roster.testing.ProblemAssert.assertInvalid;
import static dev.roster.testing.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.SignedJWT;
import dev.roster.testing.Api;
import dev.roster.testing.IntegrationTest;
import dev.roster.testing.TestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sessions, personal API keys and the activity figures administrators see, over HTTP. */
class SessionsIT extends IntegrationTest {

    private static final String USER = "user@example.com";

    String admin;
    String userId;

    @BeforeEach
    void installationWithAnAdminAndAUser() {
        admin = freshInstallationAsAdmin();
        userId = api.createUser(json("email", USER, "display_name", "Plain User", "password", PASSWORD), admin);
    }

    private static String jti(String token) throws Exception {
        return SignedJWT.parse(token).getJWTClaimsSet().getJWTID();
    }

    private static String sha256(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private JsonArray array(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return (JsonArray) reply.structure();
    }

    // --- the caller's own sessions ---

    @Test
    void listsOwnLiveSessionsMarkingTheCurrentOne() throws Exception {
        String first = api.login(USER, PASSWORD);
        String second = api.send("POST", "auth/login", json("email", USER, "password", PASSWORD, "remember_me", true), null,
                Map.of("User-Agent", "RosterTest/1.0", "X-Forwarded-For", "203.0.113.9")).json().getString("token");

        JsonArray sessions = array(api.get("auth/sessions", second));

        assertEquals(2, sessions.size(), sessions::toString);
        JsonObject newest = sessions.getJsonObject(0);
        assertEquals(jti(second), newest.getString("session_id"));
        assertTrue(newest.getBoolean("is_current"));
        assertTrue(newest.getBoolean("remember_me"));
        assertEquals("RosterTest/1.0", newest.getString("user_agent"));
        assertEquals("203.0.113.9", newest.getString("ip_address"), "X-Forwarded-For from a trusted proxy (127.0.0.1 in the tests)");
        assertTrue(newest.getString("created_at").endsWith("Z"));
        assertFalse(newest.isNull("last_seen_at"));
        assertFalse(newest.isNull("expires_at"));
        JsonObject older = sessions.getJsonObject(1);
        assertEquals(jti(first), older.getString("session_id"));
        assertFalse(older.getBoolean("is_current"));
        assertFalse(sessions.toString().contains(first) || sessions.toString().contains(second), "never the token itself");
    }

    @Test
    void endingOneSessionKillsItsTokenOnly() throws Exception {
        String phone = api.login(USER, PASSWORD);
        String laptop = api.login(USER, PASSWORD);

        Api.Reply ended = api.send("DELETE", "auth/sessions/" + jti(phone), null, laptop, Map.of());

        assertEquals(204, ended.status(), ended::toString);
        assertProblem(api.get("auth/me", phone), 401);
        assertEquals(200, api.get("auth/me", laptop).status());
        assertProblem(api.send("DELETE", "auth/sessions/" + jti(phone), null, laptop, Map.of()), 404, "Session not found");
    }

    @Test
    void someoneElsesSessionIdIsNotFoundAndStaysAlive() throws Exception {
        String user = api.login(USER, PASSWORD);

        assertProblem(api.send("DELETE", "auth/sessions/" + jti(admin), null, user, Map.of()), 404, "Session not found");
        assertProblem(api.send("DELETE", "auth/sessions/not-a-session", null, user, Map.of()), 404, "Session not found");
        assertEquals(200, api.get("auth/me", admin).status());
    }

    @Test
    void revokeOthersKeepsOnlyTheCurrentSession() {
        String a = api.login(USER, PASSWORD);
        String b = api.login(USER, PASSWORD);
        String current = api.login(USER, PASSWORD);

        Api.Reply reply = api.post("auth/sessions/revoke-others", null, current);

        assertEquals(200, reply.status(), reply::toString);
        assertEquals(2, reply.json().getInt("revoked"));
        assertProblem(api.get("auth/me", a), 401);
        assertProblem(api.get("auth/me", b), 401);
        assertEquals(1, array(api.get("auth/sessions", current)).size());
        assertEquals(200, api.get("auth/me", admin).status(), "other users' sessions are untouched");
    }

    @Test
    void endedSessionsArePurged() throws Exception {
        String token = api.login(USER, PASSWORD);
        api.post("auth/logout", null, token);
        String expired = api.login(USER, PASSWORD);
        TestDatabase.update("update sessions set expires_at = ? where id = ?", Timestamp.from(Instant.now().minusSeconds(1)), jti(expired));

        // The tests run the purge every 2 seconds.
        long deadline = System.currentTimeMillis() + 15_000;
        while (TestDatabase.count("select count(*) from sessions where user_id = ?", userId) > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
        }
        assertEquals(0, TestDatabase.count("select count(*) from sessions where user_id = ?", userId));
        assertEquals(1, TestDatabase.count("select count(*) from sessions where id = ?", jti(admin)), "live sessions stay");
    }

    @Test
    void concurrentLoginsOfOneAccountAllSucceed() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Api.Reply>> replies = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return api.post("auth/login", json("email", USER, "password", PASSWORD), null);
                }));
            }
            start.countDown();
            for (java.util.concurrent.Future<Api.Reply> reply : replies) {
                assertEquals(200, reply.get().status(), () -> "one login of six: " + reply);
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(6, TestDatabase.count("select count(*) from sessions where user_id = ?", userId));
    }

    @Test
    void activityIsRecordedAtMostOnceAMinute() throws Exception {
        String user = api.login(USER, PASSWORD);
        Instant longAgo = Instant.now().minusSeconds(600);
        TestDatabase.update("update sessions set last_seen_at = ? where id = ?", Timestamp.from(longAgo), jti(user));
        TestDatabase.update("update users set last_seen_at = ? where id = ?", Timestamp.from(longAgo), userId);

        api.get("auth/me", user);
        Timestamp sessionSeen = Timestamp.valueOf(TestDatabase.single("select last_seen_at from sessions where id = ?", jti(user)));
        Timestamp userSeen = Timestamp.valueOf(TestDatabase.single("select last_seen_at from users where id = ?", userId));
        assertTrue(sessionSeen.toInstant().isAfter(longAgo.plusSeconds(300)), sessionSeen::toString);
        assertTrue(userSeen.toInstant().isAfter(longAgo.plusSeconds(300)), userSeen::toString);

        api.get("auth/me", user);
        assertEquals(sessionSeen, Timestamp.valueOf(TestDatabase.single("select last_seen_at from sessions where id = ?", jti(user))),
                "a second request within the minute writes nothing");
    }

    // --- administrators and anyone's sessions ---

    @Test
    void administratorsListAndEndAnyonesSessions() throws Exception {
        String one = api.login(USER, PASSWORD);
        String two = api.login(USER, PASSWORD);

        JsonArray listed = array(api.get("auth/users/" + userId + "/sessions", admin));
        assertEquals(2, listed.size());
        assertTrue(listed.stream().noneMatch(s -> s.asJsonObject().getBoolean("is_current")));

        assertEquals(204, api.send("DELETE", "auth/users/" + userId + "/sessions/" + jti(one), null, admin, Map.of()).status());
        assertProblem(api.get("auth/me", one), 401);
        assertEquals(200, api.get("auth/me", two).status());
        assertProblem(api.send("DELETE", "auth/users/" + userId + "/sessions/" + jti(admin), null, admin, Map.of()), 404, "Session not found");

        Api.Reply all = api.send("DELETE", "auth/users/" + userId + "/sessions", null, admin, Map.of());
        assertEquals(200, all.status(), all::toString);
        assertEquals(1, all.json().getInt("revoked"));
        assertProblem(api.get("auth/me", two), 401);

        assertProblem(api.get("auth/users/00000000-0000-0000-0000-000000000000/sessions", admin), 404, "User not found");
        String user = api.login(USER, PASSWORD);
        assertProblem(api.get("auth/users/" + userId + "/sessions", user), 403, "Admin privileges required");
        assertProblem(api.send("DELETE", "auth/users/" + userId + "/sessions", null, user, Map.of()), 403, "Admin privileges required");
        assertProblem(api.get("auth/sessions", null), 401);
    }

    // --- API keys ---

    private JsonObject createKey(String token, String name) {
        Api.Reply reply = api.post("auth/api-keys", json("name", name), token);
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    @Test
    void apiKeyIsShownOnceWorksAsItsOwnerAndStopsWhenRevoked() throws Exception {
        String user = api.login(USER, PASSWORD);
        JsonObject created = createKey(user, "  backup script ");
        String key = created.getString("key");
        String keyId = created.getString("key_id");

        assertTrue(key.startsWith("rk_") && key.length() >= 40, key);
        assertEquals("backup script", created.getString("name"));
        assertTrue(key.startsWith(created.getString("prefix")));
        assertTrue(created.isNull("expires_at"));
        assertEquals(1, TestDatabase.count("select count(*) from api_keys where secret_hash = ?", sha256(key)), "stored as its SHA-256");
        assertEquals(0, TestDatabase.count("select count(*) from api_keys where secret_hash = ? or prefix = ? or name = ?", key, key, key));

        JsonObject me = api.get("auth/me", key).json();
        assertEquals(USER, me.getString("email"));

        JsonArray listed = array(api.get("auth/api-keys", user));
        assertEquals(1, listed.size());
        JsonObject entry = listed.getJsonObject(0);
        assertFalse(entry.containsKey("key"), "the secret is never listed");
        assertEquals(keyId, entry.getString("key_id"));
        assertFalse(entry.isNull("last_used_at"), "the call with the key was recorded");

        assertEquals(204, api.send("DELETE", "auth/api-keys/" + keyId, null, user, Map.of()).status());
        assertProblem(api.get("auth/me", key), 401);
        assertEquals(0, array(api.get("auth/api-keys", user)).size());
        assertProblem(api.send("DELETE", "auth/api-keys/" + keyId, null, user, Map.of()), 404, "API key not found");
    }

    @Test
    void aKeyWithTheRightPrefixAndAWrongSecretIsRefused() {
        String user = api.login(USER, PASSWORD);
        String key = createKey(user, "real").getString("key");
        String forged = key.substring(0, key.length() - 4) + (key.endsWith("AAAA") ? "BBBB" : "AAAA");

        assertProblem(api.get("auth/me", forged), 401);
        assertProblem(api.get("auth/me", "rk_"), 401);
        // Over HTTP/1.1, as a proxy in front would send it (an oversized header on an h2c stream is reset by Grizzly itself).
        assertProblem(new Api(api.base(), java.net.http.HttpClient.Version.HTTP_1_1).get("auth/me", "rk_" + "x".repeat(5000)), 401);
    }

    @Test
    void aKeyFollowsItsOwnersCurrentRoleAndStatus() {
        String user = api.login(USER, PASSWORD);
        String key = createKey(user, "ci").getString("key");
        assertProblem(api.get("auth/users", key), 403, "Admin privileges required");

        api.patch("auth/users/" + userId, json("is_admin", true), admin);
        assertEquals(200, api.get("auth/users", key).status(), "promoted: the key has admin powers at once");
        api.patch("auth/users/" + userId, json("is_admin", false), admin);
        assertProblem(api.get("auth/users", key), 403, "Admin privileges required");

        api.patch("auth/users/" + userId, json("is_active", false), admin);
        assertProblem(api.get("auth/me", key), 401);
        api.patch("auth/users/" + userId, json("is_active", true), admin);
        assertEquals(200, api.get("auth/me", key).status(), "reactivated: the key was not revoked");

        api.send("DELETE", "auth/users/" + userId, null, admin, Map.of());
        assertProblem(api.get("auth/me", key), 401);
    }

    @Test
    void aKeyCannotMakeKeysChangeThePasswordLogOutOrEndSessions() {
        String user = api.login(USER, PASSWORD);
        String key = createKey(user, "limited").getString("key");
        String needsSession = "This action needs a login session; an API key cannot do it";

        assertProblem(api.post("auth/api-keys", json("name", "another"), key), 403, needsSession);
        assertProblem(api.patch("auth/me", json("current_password", PASSWORD, "new_password", "An0ther-Secret"), key), 403, needsSession);
        assertProblem(api.post("auth/logout", null, key), 403, needsSession);
        assertProblem(api.post("auth/sessions/revoke-others", null, key), 403, needsSession);
        assertEquals(200, api.get("auth/me", user).status(), "the login session the key was made from lives on");
        assertEquals("Renamed", api.patch("auth/me", json("display_name", "Renamed"), key).json().getString("display_name"));
        api.login(USER, PASSWORD);
    }

    @Test
    void expiringKeysAndBadInput() {
        String user = api.login(USER, PASSWORD);
        Instant soon = Instant.now().plusSeconds(3600);
        Api.Reply dated = api.post("auth/api-keys", json("name", "dated", "expires_at", soon.toString()), user);
        assertEquals(201, dated.status(), dated::toString);
        String key = dated.json().getString("key");
        assertEquals(200, api.get("auth/me", key).status());

        TestDatabase.update("update api_keys set expires_at = ? where id = ?", Timestamp.from(Instant.now().minusSeconds(1)), dated.json().getString("key_id"));
        assertProblem(api.get("auth/me", key), 401);

        assertInvalid(api.post("auth/api-keys", json("name", "past", "expires_at", "2001-01-01T00:00:00Z"), user), "expires_at");
        assertInvalid(api.post("auth/api-keys", json("name", "bad", "expires_at", "tomorrow"), user), "expires_at");
        assertInvalid(api.post("auth/api-keys", json("name", "far", "expires_at", "+99999-01-01T00:00:00Z"), user), "expires_at");
        assertInvalid(api.post("auth/api-keys", json("name", "zw\u200bsp"), user), "name");
        assertEquals("padded", api.post("auth/api-keys", json("name", "\u00a0padded\u200b", "expires_at", "9999-12-31T23:59:59+01:00"), user).json().getString("name"));
        assertInvalid(api.post("auth/api-keys", json("name", "   "), user), "name");
        assertInvalid(api.post("auth/api-keys", json("name", "x".repeat(101)), user), "name");
        assertInvalid(api.post("auth/api-keys", json("name", "tab\there"), user), "name");
        assertProblem(api.post("auth/api-keys", json("name", true), user), 400);
        assertProblem(api.post("auth/api-keys", "{\"name\":", user), 400);
        assertEquals(0, TestDatabase.count("select count(*) from api_keys where revoked_at is null and expires_at is null"), "refusals stored nothing");
    }

    @Test
    void administratorsListAndRevokeAnyonesKeys() {
        String user = api.login(USER, PASSWORD);
        String one = createKey(user, "one").getString("key");
        JsonObject two = createKey(user, "two");

        JsonArray listed = array(api.get("auth/users/" + userId + "/api-keys", admin));
        assertEquals(List.of("two", "one"), listed.stream().map(k -> k.asJsonObject().getString("name")).toList());
        assertTrue(listed.stream().noneMatch(k -> k.asJsonObject().containsKey("key")));

        assertEquals(204, api.send("DELETE", "auth/users/" + userId + "/api-keys/" + two.getString("key_id"), null, admin, Map.of()).status());
        assertProblem(api.get("auth/me", two.getString("key")), 401);
        assertEquals(200, api.get("auth/me", one).status());

        Api.Reply all = api.send("DELETE", "auth/users/" + userId + "/api-keys", null, admin, Map.of());
        assertEquals(1, all.json().getInt("revoked"));
        assertProblem(api.get("auth/me", one), 401);
        assertProblem(api.get("auth/users/" + userId + "/api-keys", user), 403, "Admin privileges required");
        assertProblem(api.get("auth/users/nobody/api-keys", admin), 404, "User not found");
    }

    // --- what administrators see of each user ---

    @Test
    void theUserListCarriesSessionsKeysAndLastSeen() {
        String user = api.login(USER, PASSWORD);
        api.login(USER, PASSWORD);
        createKey(user, "k");

        JsonObject row = array(api.get("auth/users?search=" + USER, admin)).getJsonObject(0);
        assertEquals(2, row.getInt("active_sessions"));
        assertEquals(1, row.getInt("api_keys"));
        assertFalse(row.isNull("last_seen_at"));

        api.post("auth/sessions/revoke-others", null, user);
        JsonObject single = api.get("auth/users/" + userId, admin).json();
        assertEquals(1, single.getInt("active_sessions"));
        assertEquals(1, single.getInt("api_keys"));
        JsonObject me = api.get("auth/me", user).json();
        assertFalse(me.containsKey("active_sessions"), "the profile has no admin figures");
        JsonValue adminRow = array(api.get("auth/users?is_admin=true", admin)).get(0);
        assertEquals(1, adminRow.asJsonObject().getInt("active_sessions"));
        assertNotEquals(0, adminRow.asJsonObject().getString("last_seen_at").length());
    }
}
