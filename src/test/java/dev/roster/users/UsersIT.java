package dev.roster.users;

import static dev.roster.testing.Api.json;
import static dev.roster.testing.ProblemAssert.assertInvalid;
import static dev.roster.testing.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.testing.Api;
import dev.roster.testing.IntegrationTest;
import dev.roster.testing.TestDatabase;
import dev.roster.users.control.PasswordHasher;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Administrators' user management over HTTP, with the rules that keep an installation safe. */
class UsersIT extends IntegrationTest {

    /** A hash of PASSWORD for rows inserted directly, made with cheap parameters (login upgrades it). */
    private static final String CHEAP_HASH = new PasswordHasher(1024, 1, 1).hash(PASSWORD);

    String adminId;
    String admin;

    @BeforeEach
    void installationWithOneAdmin() {
        adminId = freshInstallation().getString("user_id");
        admin = api.login(ADMIN, PASSWORD);
    }

    private JsonObject create(String email, boolean isAdmin) {
        Api.Reply reply = api.post("auth/users", json("email", email, "display_name", "User " + email, "password", PASSWORD, "is_admin", isAdmin), admin);
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    /** Inserts a user directly (no hashing through the API), created at the given instant. */
    private static String insert(String email, String displayName, boolean isAdmin, boolean active, Instant created) {
        String id = UUID.randomUUID().toString();
        TestDatabase.update("insert into users (id, email, display_name, password_hash, is_admin, is_active, created_at, updated_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)", id, email, displayName, CHEAP_HASH, isAdmin, active, Timestamp.from(created), Timestamp.from(created));
        return id;
    }

    // --- who may ---

    @Test
    void onlyAdministratorsManageUsers() {
        create("user@example.com", false);
        String user = api.login("user@example.com", PASSWORD);
        String someone = adminId;

        assertProblem(api.get("auth/users", user), 403, "Admin privileges required");
        assertProblem(api.post("auth/users", json("email", "x@example.com", "password", PASSWORD), user), 403, "Admin privileges required");
        assertProblem(api.get("auth/users/" + someone, user), 403, "Admin privileges required");
        assertProblem(api.patch("auth/users/" + someone, json("is_admin", false), user), 403, "Admin privileges required");
        assertProblem(api.send("DELETE", "auth/users/" + someone, null, user, Map.of()), 403, "Admin privileges required");
        assertProblem(api.get("auth/users", null), 401);
        assertProblem(api.send("DELETE", "auth/users/" + someone, null, null, Map.of()), 401);
        assertTrue(TestDatabase.count("select count(*) from users where id = ? and is_admin", someone) == 1);
    }

    // --- create ---

    @Test
    void createAnswers201WithLocationAndTheNewActiveUser() {
        Api.Reply reply = api.post("auth/users", json("email", " New.User@Example.com ", "display_name", "New User", "password", PASSWORD,
                "is_admin", false, "user_id", "chosen-by-client", "is_active", false, "created_at", "1999-01-01T00:00:00.000Z"), admin);

        assertEquals(201, reply.status(), reply::toString);
        JsonObject user = reply.json();
        assertEquals("new.user@example.com", user.getString("email"));
        assertNotEquals("chosen-by-client", user.getString("user_id"));
        assertTrue(user.getBoolean("is_active"));
        assertFalse(user.getBoolean("is_admin"));
        assertFalse(user.getString("created_at").startsWith("1999"));
        assertTrue(reply.header("Location").endsWith("/api/v1/auth/users/" + user.getString("user_id")), reply.header("Location"));
        assertNotNull(reply.header("ETag"));
        assertEquals(200, api.get("auth/users/" + user.getString("user_id"), admin).status());
        api.login("new.user@example.com", PASSWORD);
    }

    private static void assertNotNull(Object value) {
        assertFalse(value == null, "expected a value");
    }

    @Test
    void createValidatesAndRefusesTakenEmails() {
        create("taken@example.com", false);

        assertProblem(api.post("auth/users", json("email", "TAKEN@example.com", "password", PASSWORD), admin), 409,
                "User with email taken@example.com already exists");
        assertInvalid(api.post("auth/users", json("email", "bad", "password", PASSWORD), admin), "email");
        assertInvalid(api.post("auth/users", json("email", "weak@example.com", "password", "weak"), admin), "password");
        assertInvalid(api.post("auth/users", json("email", "nopw@example.com"), admin), "password");
        assertProblem(api.post("auth/users", json("email", "x@example.com", "password", PASSWORD, "is_admin", "yes"), admin), 400);
        assertEquals(2, TestDatabase.count("select count(*) from users"));
    }

    @Test
    void anEmailThatLooksLikeATakenOneIsThatOneAndMalformedOnesAreRefused() {
        String id = create("dup@example.com", false).getString("user_id");

        for (String lookAlike : List.of("\u00a0dup@example.com", "dup@example.com\u200b", "\ufeffdup@example.com", "ｄｕｐ@ｅｘａｍｐｌｅ.ｃｏｍ")) {
            assertProblem(api.post("auth/users", json("email", lookAlike, "password", PASSWORD), admin), 409,
                    "User with email dup@example.com already exists");
        }
        for (String malformed : List.of("<img/src=x/onerror=alert(7)>x@example.com", "<script>x@example.com", "a".repeat(65) + "@example.com",
                "x@-bad-.com", "x..y@example.com", ".x@example.com", "x@[127.0.0.1]", "a\u200bdmin@example.com", "ad\u00a0min@example.com")) {
            assertInvalid(api.post("auth/users", json("email", malformed, "password", PASSWORD), admin), "email");
            assertInvalid(api.patch("auth/users/" + id, json("email", malformed), admin), "email");
        }
        assertInvalid(api.post("auth/users", json("email", "name@example.com", "display_name", "a\u200bdmin", "password", PASSWORD), admin), "display_name");
        assertInvalid(api.patch("auth/users/" + id, json("display_name", "a\u200bdmin"), admin), "display_name");
        assertInvalid(api.patch("auth/me", json("display_name", "a\u200bdmin"), admin), "display_name");
        assertEquals("Zo\u00eb 🧑‍💻", api.patch("auth/users/" + id, json("display_name", "\u00a0Zoe\u0308 🧑‍💻\u200b"), admin).json().getString("display_name"),
                "stored trimmed and in NFC");
        assertEquals(2, TestDatabase.count("select count(*) from users"));
        assertEquals("dup@example.com", TestDatabase.single("select email from users where id = ?", id));
    }

    @RepeatedTest(2)
    void concurrentCreatesOfOneEmailMakeExactlyOneUser() throws Exception {
        List<String> spellings = List.of("race@example.com", "RACE@example.com", "Race@Example.com", " race@example.COM", "rAcE@example.com", "race@EXAMPLE.com");
        List<Api.Reply> replies = race(spellings.stream().<Callable<Api.Reply>>map(email ->
                () -> api.post("auth/users", json("email", email, "password", PASSWORD), admin)).toList());

        assertEquals(1, replies.stream().filter(r -> r.status() == 201).count(), replies::toString);
        replies.stream().filter(r -> r.status() != 201)
                .forEach(r -> assertProblem(r, 409, "User with email race@example.com already exists"));
        assertEquals(1, TestDatabase.count("select count(*) from users where email = 'race@example.com'"));
    }

    // --- read ---

    @ParameterizedTest
    @ValueSource(strings = {"00000000-0000-0000-0000-000000000000", "not-a-uuid", "%27%20OR%201%3D1--", "..%2F..%2Fetc%2Fpasswd"})
    void unknownOrMalformedIdsAre404(String id) {
        assertProblem(api.get("auth/users/" + id, admin), 404, "User not found");
        assertProblem(api.patch("auth/users/" + id, json("display_name", "x"), admin), 404, "User not found");
        assertProblem(api.send("DELETE", "auth/users/" + id, null, admin, Map.of()), 404, "User not found");
    }

    @Test
    void representationsCarryNoInternals() {
        String id = create("plain@example.com", false).getString("user_id");
        Api.Reply reply = api.get("auth/users/" + id, admin);

        assertEquals(Set.of("user_id", "email", "display_name", "is_admin", "is_active", "created_at", "updated_at", "last_login_at",
                "active_sessions", "api_keys", "last_seen_at", "is_locked", "locked_until", "status", "groups", "mfa_enabled", "required_actions"),
                reply.json().keySet());
        assertFalse(reply.body().contains("argon2"));
        assertFalse(reply.body().contains("version"));
    }

    // --- update ---

    @Test
    void patchChangesOnlyThePresentFields() {
        JsonObject user = create("edit@example.com", false);
        String id = user.getString("user_id");

        Api.Reply renamed = api.patch("auth/users/" + id, json("display_name", "Renamed"), admin);
        assertEquals(200, renamed.status(), renamed::toString);
        assertEquals("Renamed", renamed.json().getString("display_name"));
        assertEquals("edit@example.com", renamed.json().getString("email"));
        assertFalse(renamed.json().getBoolean("is_admin"));

        Api.Reply moved = api.patch("auth/users/" + id, json("email", "  Moved@Example.com"), admin);
        assertEquals("moved@example.com", moved.json().getString("email"));
        assertEquals("Renamed", moved.json().getString("display_name"));
        api.login("moved@example.com", PASSWORD);

        create("other@example.com", false);
        assertProblem(api.patch("auth/users/" + id, json("email", "OTHER@example.com"), admin), 409, "User with email other@example.com already exists");
        assertInvalid(api.patch("auth/users/" + id, json("email", "broken"), admin), "email");
        assertInvalid(api.patch("auth/users/" + id, json("password", "short"), admin), "password");
        assertInvalid(api.patch("auth/users/" + id, json("display_name", "x".repeat(101)), admin), "display_name");
        assertProblem(api.patch("auth/users/" + id, json("is_active", "no"), admin), 400);
        assertEquals("moved@example.com", api.get("auth/users/" + id, admin).json().getString("email"), "refusals wrote nothing");
    }

    @Test
    void ifMatchProtectsAgainstLostUpdates() {
        String id = create("etag@example.com", false).getString("user_id");
        String etag = api.get("auth/users/" + id, admin).header("ETag");

        Api.Reply first = api.send("PATCH", "auth/users/" + id, json("display_name", "First"), admin, Map.of("If-Match", etag));
        assertEquals(200, first.status(), first::toString);
        assertNotEquals(etag, first.header("ETag"));

        Api.Reply second = api.send("PATCH", "auth/users/" + id, json("display_name", "Second"), admin, Map.of("If-Match", etag));
        assertProblem(second, 412);
        assertProblem(api.send("PATCH", "auth/users/" + id, json("display_name", "Third"), admin, Map.of("If-Match", "\"garbage\"")), 412);
        assertEquals("First", api.get("auth/users/" + id, admin).json().getString("display_name"));

        Api.Reply current = api.send("PATCH", "auth/users/" + id, json("display_name", "Fourth"), admin, Map.of("If-Match", first.header("ETag")));
        assertEquals(200, current.status(), current::toString);
    }

    @Test
    void passwordResetEndsTheUsersSessionsAndApiKeys() {
        String id = create("reset@example.com", false).getString("user_id");
        String token = api.login("reset@example.com", PASSWORD);
        String key = api.post("auth/api-keys", json("name", "laptop"), token).json().getString("key");

        assertEquals(200, api.patch("auth/users/" + id, json("password", "N3w-Password"), admin).status());

        assertProblem(api.get("auth/me", token), 401);
        assertProblem(api.get("auth/me", key), 401);
        assertProblem(api.post("auth/login", json("email", "reset@example.com", "password", PASSWORD), null), 401, "Incorrect email or password");
        String fresh = api.login("reset@example.com", "N3w-Password");
        assertEquals(200, api.get("auth/me", admin).status(), "the admin's own session is untouched");
        assertEquals("API keys revoked", TestDatabase.single("select detail from audit_events where action = 'user.password_reset'"));

        String kept = api.post("auth/api-keys", json("name", "build server"), fresh).json().getString("key");
        assertEquals(200, api.patch("auth/users/" + id, json("password", "Th1rd-Password", "revoke_api_keys", false), admin).status());
        assertProblem(api.get("auth/me", fresh), 401);
        assertEquals(200, api.get("auth/me", kept).status(), "kept at the administrator's choice");
        assertProblem(api.patch("auth/users/" + id, json("password", "F0urth-Password", "revoke_api_keys", "no"), admin), 400);
    }

    @Test
    void deactivationEndsSessionsAndLoginUntilReactivated() {
        String id = create("leaver@example.com", false).getString("user_id");
        String token = api.login("leaver@example.com", PASSWORD);

        Api.Reply deactivated = api.patch("auth/users/" + id, json("is_active", false), admin);
        assertEquals(200, deactivated.status(), deactivated::toString);
        assertFalse(deactivated.json().getBoolean("is_active"));
        assertProblem(api.get("auth/me", token), 401);
        assertProblem(api.post("auth/login", json("email", "leaver@example.com", "password", PASSWORD), null), 403, "User account is inactive");
        assertProblem(api.post("auth/login", json("email", "leaver@example.com", "password", "Wrong-Passw0rd"), null), 401, "Incorrect email or password");

        assertTrue(api.patch("auth/users/" + id, json("is_active", true), admin).json().getBoolean("is_active"));
        api.login("leaver@example.com", PASSWORD);
    }

    @Test
    void promotionAndDemotionApplyToExistingTokensAtOnce() {
        String id = create("climber@example.com", false).getString("user_id");
        String token = api.login("climber@example.com", PASSWORD);
        assertProblem(api.get("auth/users", token), 403);

        assertTrue(api.patch("auth/users/" + id, json("is_admin", true), admin).json().getBoolean("is_admin"));
        assertEquals(200, api.get("auth/users", token).status(), "the same token now has admin powers");

        assertFalse(api.patch("auth/users/" + id, json("is_admin", false), admin).json().getBoolean("is_admin"));
        assertProblem(api.get("auth/users", token), 403, "Admin privileges required");
        assertEquals(200, api.get("auth/me", token).status(), "still a user");
    }

    @Test
    void theLastActiveAdministratorStays() {
        assertProblem(api.patch("auth/users/" + adminId, json("is_admin", false), admin), 409, "Cannot remove the last administrator");
        assertProblem(api.patch("auth/users/" + adminId, json("is_active", false), admin), 409, "You cannot deactivate your own account");
        assertProblem(api.send("DELETE", "auth/users/" + adminId, null, admin, Map.of()), 409, "You cannot delete your own account");

        // An inactive administrator does not count: demoting the only active one is still refused.
        String dormant = create("dormant@example.com", true).getString("user_id");
        assertEquals(200, api.patch("auth/users/" + dormant, json("is_active", false), admin).status());
        assertProblem(api.patch("auth/users/" + adminId, json("is_admin", false), admin), 409, "Cannot remove the last administrator");

        // With a second active administrator, one may step down.
        assertEquals(200, api.patch("auth/users/" + dormant, json("is_active", true), admin).status());
        Api.Reply stepDown = api.patch("auth/users/" + adminId, json("is_admin", false), admin);
        assertEquals(200, stepDown.status(), stepDown::toString);
        assertEquals(1, TestDatabase.count("select count(*) from users where is_admin and is_active"));
    }

    @RepeatedTest(3)
    void twoAdministratorsDemotingEachOtherLeaveOne() throws Exception {
        String otherId = create("second@example.com", true).getString("user_id");
        String other = api.login("second@example.com", PASSWORD);

        List<Api.Reply> replies = race(List.of(
                () -> api.patch("auth/users/" + otherId, json("is_admin", false), admin),
                () -> api.patch("auth/users/" + adminId, json("is_admin", false), other)));

        assertEquals(1, replies.stream().filter(r -> r.status() == 200).count(), replies::toString);
        replies.stream().filter(r -> r.status() != 200).forEach(r -> assertTrue(r.status() == 409 || r.status() == 403, r::toString));
        assertEquals(1, TestDatabase.count("select count(*) from users where is_admin and is_active"));
    }

    @RepeatedTest(2)
    void deletingAndDeactivatingEachOtherLeaveOne() throws Exception {
        String otherId = create("second@example.com", true).getString("user_id");
        String other = api.login("second@example.com", PASSWORD);

        List<Api.Reply> replies = race(List.of(
                () -> api.send("DELETE", "auth/users/" + otherId, null, admin, Map.of()),
                () -> api.patch("auth/users/" + adminId, json("is_active", false), other)));

        assertTrue(replies.stream().filter(r -> r.status() / 100 == 2).count() <= 1, replies::toString);
        assertTrue(TestDatabase.count("select count(*) from users where is_admin and is_active") >= 1);
    }

    // --- delete ---

    @Test
    void deleteRemovesTheUserAndTheirSessions() {
        String id = create("gone@example.com", false).getString("user_id");
        String token = api.login("gone@example.com", PASSWORD);

        Api.Reply deleted = api.send("DELETE", "auth/users/" + id, null, admin, Map.of());

        assertEquals(204, deleted.status());
        assertEquals("", deleted.body());
        assertProblem(api.get("auth/me", token), 401);
        assertProblem(api.get("auth/users/" + id, admin), 404, "User not found");
        assertEquals(0, TestDatabase.count("select count(*) from sessions where user_id = ?", id));
        assertProblem(api.post("auth/login", json("email", "gone@example.com", "password", PASSWORD), null), 401, "Incorrect email or password");
    }

    // --- list ---

    @Test
    void listIsAPlainArrayNewestFirstWithTotalCount() {
        Instant base = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < 5; i++) {
            insert("list" + i + "@example.com", "List " + i, false, true, base.plusSeconds(i));
        }

        Api.Reply reply = api.get("auth/users", admin);

        assertEquals(200, reply.status(), reply::toString);
        JsonArray users = (JsonArray) reply.structure();
        assertEquals("6", reply.header("X-Total-Count"));
        assertEquals(ADMIN, users.getJsonObject(0).getString("email"), "the admin was created last");
        assertEquals("list4@example.com", users.getJsonObject(1).getString("email"));
        assertEquals("list0@example.com", users.getJsonObject(5).getString("email"));
        assertNull(reply.header("Link"), "no next page");
    }

    @Test
    void pagesCoverEveryUserOnceWithoutGapsOrOverlaps() {
        Instant same = Instant.parse("2026-02-01T00:00:00Z");
        for (int i = 0; i < 23; i++) {
            // Identical creation times: the id must break the tie for stable pages.
            insert("page" + i + "@example.com", null, false, true, same);
        }
        Set<String> seen = new HashSet<>();
        List<String> order = new ArrayList<>();
        String next = "auth/users?limit=5";
        int pages = 0;
        while (next != null) {
            Api.Reply reply = api.get(next, admin);
            assertEquals(200, reply.status(), reply::toString);
            assertEquals("24", reply.header("X-Total-Count"));
            for (JsonValue user : (JsonArray) reply.structure()) {
                String id = user.asJsonObject().getString("user_id");
                assertTrue(seen.add(id), "seen twice: " + id);
                order.add(id);
            }
            String link = reply.header("Link");
            next = link == null ? null : api.base().relativize(java.net.URI.create(link.replaceAll("^<(.*)>.*$", "$1"))).toString();
            assertTrue(link == null || link.contains("rel=\"next\""), link);
            pages++;
        }
        assertEquals(24, seen.size());
        assertEquals(5, pages);
    }

    @Test
    void searchFindsWordPrefixesOfEmailAndDisplayNameCaseInsensitively() {
        Instant base = Instant.parse("2026-03-01T00:00:00Z");
        insert("grace@navy.example.com", "Grace Hopper", false, true, base);
        insert("ada@example.com", "Ada Lovelace", false, true, base.plusSeconds(1));
        insert("alan@example.com", "Alan Turing", true, false, base.plusSeconds(2));
        insert("li@example.com", "Li Wei", false, true, base.plusSeconds(3));
        insert("percent@example.com", "100% Sure_Thing", false, true, base.plusSeconds(4));

        assertEquals(List.of("grace@navy.example.com"), emails("auth/users?search=HOPPER"));
        assertEquals(List.of("grace@navy.example.com"), emails("auth/users?search=hop"));
        assertEquals(List.of("grace@navy.example.com"), emails("auth/users?search=NAVY"));
        assertEquals(List.of("grace@navy.example.com"), emails("auth/users?search=" + enc("grace hop")));
        assertEquals(List.of(), emails("auth/users?search=" + enc("grace turing")), "every word must match");
        assertEquals(List.of("ada@example.com"), emails("auth/users?search=%20lovelace%20"));
        assertEquals(List.of("ada@example.com"), emails("auth/users?search=" + enc("ADA@exa")));
        assertEquals(List.of("li@example.com"), emails("auth/users?search=li"), "short terms match the start of email or name");
        assertEquals(List.of("percent@example.com"), emails("auth/users?search=100"));
        // LIKE's wildcards are matched literally.
        assertEquals(List.of(), emails("auth/users?search=" + enc("%")));
        assertEquals(List.of(), emails("auth/users?search=" + enc("_")));
        assertEquals(List.of(), emails("auth/users?search=" + enc("%@%")));
        assertEquals(List.of("alan@example.com"), emails("auth/users?is_active=false"));
        assertEquals(List.of(ADMIN, "alan@example.com"), emails("auth/users?is_admin=true&order=asc&sort=email"));
        assertEquals(List.of("alan@example.com"), emails("auth/users?search=alan&is_admin=true&is_active=false"));
        assertEquals(List.of(), emails("auth/users?search=alan&is_active=true"));
        assertEquals("1", api.get("auth/users?search=ada", admin).header("X-Total-Count"));
        assertEquals("2", api.get("auth/users?is_admin=true", admin).header("X-Total-Count"));
    }

    @Test
    void searchFindsWordsInEveryScriptWithOrWithoutAccents() {
        Instant base = Instant.parse("2026-03-01T00:00:00Z");
        insert("zoe@example.com", "Zoë Ñáñez 李雷", false, true, base);
        insert("lei@example.com", "雷李", false, true, base.plusSeconds(1));
        insert("chen@example.com", "Chen Wu", false, true, base.plusSeconds(2));
        insert("tokyo@example.com", "東京タワー", false, true, base.plusSeconds(3));
        insert("kim@example.com", "김민수", false, true, base.plusSeconds(4));

        assertEquals(List.of("lei@example.com", "zoe@example.com"), emails("auth/users?search=" + enc("李")), "a character anywhere");
        assertEquals(List.of("zoe@example.com"), emails("auth/users?search=" + enc("李雷")), "characters in their order");
        assertEquals(List.of("lei@example.com"), emails("auth/users?search=" + enc("雷李")));
        assertEquals(List.of("zoe@example.com"), emails("auth/users?search=zoe"), "accents typed or not");
        assertEquals(List.of("zoe@example.com"), emails("auth/users?search=" + enc("ZOË")));
        assertEquals(List.of("zoe@example.com"), emails("auth/users?search=nanez"));
        assertEquals(List.of("zoe@example.com"), emails("auth/users?search=" + enc("ñáñ 李")));
        assertEquals(List.of("chen@example.com"), emails("auth/users?search=wu"), "a short word that does not come first");
        assertEquals(List.of("tokyo@example.com"), emails("auth/users?search=" + enc("京タワ")));
        assertEquals(List.of("kim@example.com"), emails("auth/users?search=" + enc("민수")));
        assertEquals(List.of(), emails("auth/users?search=" + enc("수민")));
    }

    @Test
    void totalsFollowEveryChange() {
        String id = create("counted@example.com", false).getString("user_id");
        assertEquals("2", api.get("auth/users", admin).header("X-Total-Count"));
        assertEquals("1", api.get("auth/users?is_admin=false&is_active=true", admin).header("X-Total-Count"));

        api.patch("auth/users/" + id, json("is_active", false), admin);
        assertEquals("0", api.get("auth/users?is_admin=false&is_active=true", admin).header("X-Total-Count"));
        assertEquals("1", api.get("auth/users?is_active=false", admin).header("X-Total-Count"));
        api.patch("auth/users/" + id, json("is_admin", true, "is_active", true), admin);
        assertEquals("2", api.get("auth/users?is_admin=true&is_active=true", admin).header("X-Total-Count"));

        api.send("DELETE", "auth/users/" + id, null, admin, Map.of());
        assertEquals("1", api.get("auth/users", admin).header("X-Total-Count"));
        assertEquals(TestDatabase.count("select count(*) from users"), TestDatabase.count("select sum(n) from user_counts"));
    }

    @Test
    void sortsByEachColumnBothWays() {
        Instant base = Instant.parse("2026-04-01T00:00:00Z");
        insert("b@example.com", "Zed", false, true, base);
        insert("c@example.com", "Abe", false, true, base.plusSeconds(1));
        TestDatabase.update("update users set last_login_at = ? where email = 'c@example.com'", Timestamp.from(base.plusSeconds(100)));

        assertEquals(List.of(ADMIN, "b@example.com", "c@example.com"), emails("auth/users?sort=email"));
        assertEquals(List.of("c@example.com", "b@example.com", ADMIN), emails("auth/users?sort=email&order=desc"));
        assertEquals(List.of("c@example.com", "b@example.com"), emails("auth/users?sort=display_name&is_admin=false"));
        assertEquals("c@example.com", emails("auth/users?sort=last_login_at&order=desc").get(1), "the admin logged in last");
        assertEquals(List.of("b@example.com", "c@example.com", ADMIN), emails("auth/users?sort=created_at&order=asc"));
    }

    @Test
    void hostileQueryParametersAreAnsweredSafely() {
        assertEquals(List.of(), emails("auth/users?search=" + enc("' OR 1=1--")));
        assertEquals(List.of(), emails("auth/users?search=" + enc("\" OR \"\"=\"")));
        assertInvalid(api.get("auth/users?sort=" + enc("email;DROP TABLE users"), admin), "sort");
        assertInvalid(api.get("auth/users?sort=password_hash", admin), "sort");
        assertInvalid(api.get("auth/users?order=" + enc("asc; DELETE"), admin), "order");
        assertInvalid(api.get("auth/users?offset=-1", admin), "offset");
        assertInvalid(api.get("auth/users?limit=0", admin), "limit");
        assertInvalid(api.get("auth/users?limit=100000", admin), "limit");
        assertInvalid(api.get("auth/users?limit=abc", admin), "limit");
        assertInvalid(api.get("auth/users?offset=99999999999999", admin), "offset");
        assertInvalid(api.get("auth/users?is_admin=maybe", admin), "is_admin");
        assertInvalid(api.get("auth/users?search=" + "x".repeat(300), admin), "search");
        Api.Reply beyond = api.get("auth/users?offset=1000", admin);
        assertEquals(200, beyond.status());
        assertEquals(0, ((JsonArray) beyond.structure()).size());
        assertEquals("1", beyond.header("X-Total-Count"));
        assertEquals(1, TestDatabase.count("select count(*) from users"), "nothing happened to the table");
    }

    // --- generated passwords ---

    @Test
    void generatedPasswordsAreStrongAndAccepted() {
        create("plain@example.com", false);
        String user = api.login("plain@example.com", PASSWORD);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            Api.Reply reply = api.get("auth/generate-password", i % 2 == 0 ? user : admin);
            assertEquals(200, reply.status(), reply::toString);
            String password = reply.json().getString("password");
            assertTrue(password.length() >= 16, password);
            assertTrue(password.chars().anyMatch(Character::isUpperCase) && password.chars().anyMatch(Character::isLowerCase)
                    && password.chars().anyMatch(Character::isDigit) && password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)), password);
            assertTrue(seen.add(password));
        }
        String generated = seen.iterator().next();
        assertEquals(201, api.post("auth/users", json("email", "generated@example.com", "password", generated), admin).status());
        api.login("generated@example.com", generated);
        assertProblem(api.get("auth/generate-password", null), 401);
    }

    private List<String> emails(String path) {
        Api.Reply reply = api.get(path, admin);
        assertEquals(200, reply.status(), reply::toString);
        return ((JsonArray) reply.structure()).stream().map(u -> u.asJsonObject().getString("email")).toList();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Starts all calls at the same instant and returns their answers in order. */
    private static List<Api.Reply> race(List<Callable<Api.Reply>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Reply>> futures = new ArrayList<>();
            for (Callable<Api.Reply> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Api.Reply> replies = new ArrayList<>();
            for (Future<Api.Reply> future : futures) {
                replies.add(future.get());
            }
            return replies;
        } finally {
            pool.shutdown();
        }
    }
}
