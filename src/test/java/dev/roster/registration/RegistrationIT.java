package dev.roster.registration;

import static dev.roster.testing.Api.json;
import static dev.roster.testing.ProblemAssert.assertInvalid;
import static dev.roster.testing.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.testing.Api;
import dev.roster.testing.IntegrationTest;
import dev.roster.testing.TestDatabase;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Self-registration and approval over HTTP. The shared test server allows registration, for
 * addresses at example.com and example.org, and leaves approval to administrators (pom.xml);
 * {@link RegistrationSettingsIT} boots servers with it off and with auto-approval.
 */
class RegistrationIT extends IntegrationTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    String admin;
    /** A client address of this test's own (the test server trusts X-Forwarded-For from 127.0.0.1), so that the throttle counts each test apart. */
    String address;

    @BeforeEach
    void installation() {
        freshInstallation();
        admin = api.login(ADMIN, PASSWORD);
        address = "192.0.2." + ADDRESSES.getAndIncrement();
    }

    private Api.Reply register(String email, String displayName, String password) {
        return register(email, displayName, password, address);
    }

    private Api.Reply register(String email, String displayName, String password, String from) {
        return api.send("POST", "auth/register", json("email", email, "display_name", displayName, "password", password), null,
                Map.of("X-Forwarded-For", from));
    }

    private JsonObject user(String email) {
        Api.Reply list = api.get("auth/users?search=" + email.substring(0, email.indexOf('@')), admin);
        return list.structure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(u -> u.getString("email").equals(email)).findFirst().orElseThrow(() -> new AssertionError(email + " not in " + list));
    }

    @Test
    void aSignUpAwaitsApprovalAndCannotLogInUntilThen() {
        Api.Reply reply = register("Grace@Example.com", "Grace Hopper", PASSWORD);

        assertEquals(202, reply.status(), reply::toString);
        assertEquals(json("success", true, "status", "pending"), reply.json());
        JsonObject grace = user("grace@example.com");
        assertEquals("pending", grace.getString("status"));
        assertFalse(grace.getBoolean("is_active"));
        assertFalse(grace.getBoolean("is_admin"));
        assertEquals("Grace Hopper", grace.getString("display_name"));

        assertProblem(api.post("auth/login", json("email", "grace@example.com", "password", PASSWORD), null), 403,
                "Your account is awaiting approval");
        assertProblem(api.post("auth/login", json("email", "grace@example.com", "password", PASSWORD + "x"), null), 401);
        // the right password of a pending account is no failed attempt: it never locks the account out
        for (int i = 0; i < 6; i++) {
            assertEquals(403, api.post("auth/login", json("email", "grace@example.com", "password", PASSWORD), null).status());
        }

        Api.Reply pending = api.get("auth/users?status=pending", admin);
        assertEquals("1", pending.header("X-Total-Count"));
        assertEquals("grace@example.com", pending.structure().asJsonArray().getJsonObject(0).getString("email"));
        assertEquals("1", api.get("auth/users?is_active=false", admin).header("X-Total-Count"), "pending is not active");
        assertEquals("0", api.get("auth/users?status=inactive", admin).header("X-Total-Count"));
        assertEquals("1", api.get("auth/users?status=active", admin).header("X-Total-Count"));
        assertEquals(TestDatabase.count("select count(*) from users"), TestDatabase.count("select sum(n) from user_counts"));
        assertEquals(1, TestDatabase.count("select count(*) from audit_events where action = 'register' and result = 'success' and detail = 'Awaiting approval'"));
    }

    @Test
    void anApprovedAccountLogsIn() {
        register("ada@example.org", null, PASSWORD);
        String id = user("ada@example.org").getString("user_id");

        Api.Reply approved = api.post("auth/users/" + id + "/approve", null, admin);

        assertEquals(200, approved.status(), approved::toString);
        assertEquals("active", approved.json().getString("status"));
        assertTrue(approved.json().getBoolean("is_active"));
        assertNotNull(approved.header("ETag"));
        String token = api.login("ada@example.org", PASSWORD);
        JsonObject me = api.get("auth/me", token).json();
        assertEquals("active", me.getString("status"));
        assertProblem(api.post("auth/users/" + id + "/approve", null, admin), 409, "The account is not awaiting approval");
        assertProblem(api.post("auth/users/" + id + "/reject", null, admin), 409, "The account is not awaiting approval");
        assertEquals(1, TestDatabase.count("select count(*) from audit_events where action = 'user.approve' and result = 'success' and target_user_id = ?", id));
    }

    @Test
    void aRejectedAccountIsGoneAndItsEmailMayRegisterAgain() {
        register("alan@example.com", "Alan", PASSWORD);
        String id = user("alan@example.com").getString("user_id");

        assertEquals(204, api.post("auth/users/" + id + "/reject", null, admin).status());

        assertProblem(api.get("auth/users/" + id, admin), 404);
        assertProblem(api.post("auth/users/" + id + "/approve", null, admin), 404);
        assertEquals(1, TestDatabase.count("select count(*) from audit_events where action = 'user.reject' and result = 'success' and target_email = 'alan@example.com'"));
        assertEquals(202, register("alan@example.com", "Alan", PASSWORD).status());
        assertEquals("pending", user("alan@example.com").getString("status"));
    }

    @Test
    void onlyAdministratorsApproveOrReject() {
        register("eve@example.com", null, PASSWORD);
        String id = user("eve@example.com").getString("user_id");
        api.createUser(json("email", "bob@example.com", "password", PASSWORD), admin);
        String plain = api.login("bob@example.com", PASSWORD);

        assertProblem(api.post("auth/users/" + id + "/approve", null, plain), 403);
        assertProblem(api.post("auth/users/" + id + "/reject", null, plain), 403);
        assertProblem(api.post("auth/users/" + id + "/approve", null, null), 401);
        assertEquals("pending", user("eve@example.com").getString("status"));
    }

    @Test
    void anEmailThatHasAnAccountGetsTheSameAnswerAndNothingChanges() {
        String before = TestDatabase.single("select concat(password_hash, '|', ifnull(display_name, ''), '|', version, '|', is_active, is_pending)"
                + " from users where email = ?", ADMIN);
        Api.Reply fresh = register("new@example.com", "New", PASSWORD);

        Api.Reply taken = register(ADMIN, "Mallory", "An0ther-Passw0rd!");
        Api.Reply takenPending = register("new@example.com", "Other", "An0ther-Passw0rd!");

        assertEquals(fresh.status(), taken.status());
        assertEquals(fresh.body(), taken.body());
        assertEquals(fresh.body(), takenPending.body());
        assertEquals(before, TestDatabase.single("select concat(password_hash, '|', ifnull(display_name, ''), '|', version, '|', is_active, is_pending)"
                + " from users where email = ?", ADMIN));
        assertEquals("New", user("new@example.com").getString("display_name"));
        api.login(ADMIN, PASSWORD);
        assertEquals(2, TestDatabase.count("select count(*) from audit_events where action = 'register' and result = 'failure'"
                + " and detail like 'Email already registered%'"));
    }

    @Test
    void aSignUpFollowsTheRulesOfAnAdministratorsCreate() {
        assertInvalid(register("grace@example.com", null, "password"), "password");
        assertInvalid(register("not-an-email", null, PASSWORD), "email");
        assertInvalid(register(null, null, PASSWORD), "email");
        assertInvalid(register("grace@example.com", "x".repeat(101), PASSWORD), "display_name");
        assertInvalid(register("grace@example.com", "Grace\u202Eevil", PASSWORD), "display_name");
        assertInvalid(register("grace@example.com", null, "x".repeat(2000)), "password");
        JsonObject otherDomain = assertInvalid(register("grace@elsewhere.net", null, PASSWORD), "email");
        assertTrue(otherDomain.toString().contains("must end with @example.com or @example.org"), otherDomain::toString);
        assertProblem(api.send("POST", "auth/register", "{\"email\": \"grace@example.com\", \"password\": 12", null, Map.of()), 400);
        assertProblem(api.send("POST", "auth/register", json("email", true, "password", PASSWORD), null, Map.of()), 400);

        assertEquals(1, TestDatabase.count("select count(*) from users"), "nothing created");
    }

    @Test
    void aFloodOfSignUpsFromOneAddressIsRefused() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            statuses.add(register("flood" + i + "@example.com", null, PASSWORD).status());
        }

        assertEquals(List.of(202, 202, 202, 202, 202, 202, 202, 202, 202, 202, 429), statuses);
        Api.Reply refused = register("flood-more@example.com", null, PASSWORD);
        assertProblem(refused, 429, "Too many registrations from this address. Try again later.");
        assertTrue(Long.parseLong(refused.header("Retry-After")) > 0, refused::toString);
        assertEquals(202, register("other@example.com", null, PASSWORD, "198.51.100.7").status(), "another address is not refused");
        assertEquals(11, TestDatabase.count("select count(*) from users where email like 'flood%' or email like 'other%'"));
    }

    @Test
    void anAccountAwaitingApprovalIsNeverAnAdministrator() {
        register("pat@example.com", null, PASSWORD);
        String id = user("pat@example.com").getString("user_id");
        String adminId = user(ADMIN).getString("user_id");

        Api.Reply promoted = api.patch("auth/users/" + id, json("is_admin", true), admin);
        assertEquals(200, promoted.status(), promoted::toString);
        assertEquals("pending", promoted.json().getString("status"));

        // the first administrator is still the only active one: demoting them is refused
        assertEquals("1", api.get("auth/users?is_admin=true&is_active=true", admin).header("X-Total-Count"));
        assertProblem(api.patch("auth/users/" + adminId, json("is_admin", false), admin), 409, "Cannot remove the last administrator");
        assertProblem(api.post("auth/login", json("email", "pat@example.com", "password", PASSWORD), null), 403);
        // and it is approved, not activated
        assertProblem(api.patch("auth/users/" + id, json("is_active", true), admin), 409, "The account is awaiting approval: approve or reject it");
        assertProblem(api.patch("auth/users/" + id, json("is_active", false), admin), 409, "The account is awaiting approval: approve or reject it");
    }

    @Test
    void theStatusFilterNamesItsValues() {
        JsonObject problem = assertInvalid(api.get("auth/users?status=archived", admin), "status");
        assertTrue(problem.toString().contains("active, inactive, pending"), problem::toString);
    }

    /** Approve, reject and delete of one pending account, at once: one of them wins, the others are refused, nothing fails. */
    @Test
    void approveRejectAndDeleteRaceWithoutAFailure() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (int round = 0; round < 5; round++) {
                String email = "race" + round + "@example.com";
                register(email, null, PASSWORD);
                String id = user(email).getString("user_id");
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> answers = new ArrayList<>();
                for (String action : List.of("approve", "reject", "delete")) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return action.equals("delete") ? api.send("DELETE", "auth/users/" + id, null, admin, Map.of()).status()
                                : api.post("auth/users/" + id + "/" + action, null, admin).status();
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> answer : answers) {
                    statuses.add(answer.get());
                }
                int approve = statuses.get(0);
                int reject = statuses.get(1);
                int delete = statuses.get(2);
                assertTrue(Set.of(200, 404).contains(approve) && Set.of(204, 404, 409).contains(reject) && Set.of(204, 404).contains(delete),
                        statuses::toString);
                long left = TestDatabase.count("select count(*) from users where id = ?", id);
                if (left == 1) {
                    assertEquals(200, approve, statuses::toString);
                    assertEquals("1", TestDatabase.single("select is_active from users where id = ?", id));
                }
                assertEquals(TestDatabase.count("select count(*) from users"), TestDatabase.count("select sum(n) from user_counts"));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
