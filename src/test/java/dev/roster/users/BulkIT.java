package dev.roster.users;

import static dev.roster.testing.Api.array;
import static dev.roster.testing.Api.json;
import static dev.roster.testing.ProblemAssert.assertInvalid;
import static dev.roster.testing.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.testing.Api;
import dev.roster.testing.IntegrationTest;
import dev.roster.testing.TestDatabase;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /auth/users/bulk}: one action for many users, each by its single-user rules, with a result per user. */
class BulkIT extends IntegrationTest {

    private static final String UNKNOWN = "00000000-0000-0000-0000-000000000000";

    String admin;
    String adminId;

    @BeforeEach
    void installation() {
        adminId = freshInstallation().getString("user_id");
        admin = api.login(ADMIN, PASSWORD);
    }

    private String createUser(String email, boolean isAdmin) {
        return api.createUser(json("email", email, "password", PASSWORD, "is_admin", isAdmin), admin);
    }

    private Api.Reply bulk(String token, Object... fields) {
        return api.post("auth/users/bulk", json(fields), token);
    }

    private static List<String> outcomes(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("results").stream().map(JsonValue::asJsonObject)
                .map(r -> r.getString("result") + (r.isNull("detail") ? "" : ": " + r.getString("detail"))).toList();
    }

    private String status(String userId) {
        return TestDatabase.single("select if(is_active, 'active', if(is_pending, 'pending', 'inactive')) from users where id = ?", userId);
    }

    @Test
    void deactivationAppliesToEachUserButTheCallersOwnAccount() {
        String grace = createUser("grace@example.com", false);
        String alan = createUser("alan@example.com", false);

        Api.Reply reply = bulk(admin, "action", "deactivate", "user_ids", array(grace, adminId, UNKNOWN, alan, grace));

        assertEquals(List.of("ok", "error: You cannot deactivate your own account", "error: User not found", "ok"), outcomes(reply),
                "one row per user named, in order, a repeated id once");
        assertEquals(2, reply.json().getInt("succeeded"));
        assertEquals(2, reply.json().getInt("failed"));
        assertEquals(List.of(grace, adminId, UNKNOWN, alan), reply.json().getJsonArray("results").stream()
                .map(r -> r.asJsonObject().getString("user_id")).toList());
        assertEquals("inactive", status(grace));
        assertEquals("active", status(adminId));

        assertEquals(List.of("ok", "ok"), outcomes(bulk(admin, "action", "activate", "user_ids", array(grace, alan))));
        assertEquals("active", status(alan));
    }

    @Test
    void deletionKeepsTheCallerAndEveryAuditedUserIsItsOwnEvent() {
        String grace = createUser("grace@example.com", false);
        String other = createUser("other@example.com", true);

        assertEquals(List.of("ok", "error: You cannot delete your own account", "ok"),
                outcomes(bulk(admin, "action", "delete", "user_ids", array(grace, adminId, other))));
        assertEquals(1, TestDatabase.count("select count(*) from users"));

        assertEquals(2, TestDatabase.count("select count(*) from audit_events where action = 'user.delete' and result = 'success'"));
        assertEquals(1, TestDatabase.count("select count(*) from audit_events where action = 'user.delete' and result = 'failure'"
                + " and detail = 'You cannot delete your own account'"));
        JsonObject summary = api.get("audit?action=users.bulk", admin).structure().asJsonArray().getJsonObject(0);
        assertEquals("delete: 2 succeeded, 1 failed", summary.getString("detail"));
        assertEquals("success", summary.getString("result"));
    }

    @Test
    void approvalLetsInPendingAccountsOnly() {
        assertEquals(202, api.post("auth/register", json("email", "new@example.com", "password", PASSWORD), null).status());
        String pending = TestDatabase.single("select id from users where email = 'new@example.com'");
        String active = createUser("grace@example.com", false);

        assertEquals(List.of("ok", "error: The account is not awaiting approval"),
                outcomes(bulk(admin, "action", "approve", "user_ids", array(pending, active))));
        assertEquals("active", status(pending));
        assertEquals(200, api.post("auth/login", json("email", "new@example.com", "password", PASSWORD), null).status());
    }

    @Test
    void groupActionsNeedAGroupThatExists() {
        String eng = api.post("groups", json("name", "eng"), admin).json().getString("group_id");
        String grace = createUser("grace@example.com", false);
        String alan = createUser("alan@example.com", false);

        assertEquals(List.of("ok", "ok", "error: User not found"),
                outcomes(bulk(admin, "action", "add_to_group", "group", "ENG", "user_ids", array(grace, alan, UNKNOWN))));
        assertEquals(2, api.get("groups/" + eng, admin).json().getInt("member_count"));
        assertEquals(List.of("ok", "error: The user is not a member of this group"),
                outcomes(bulk(admin, "action", "remove_from_group", "group", "eng", "user_ids", array(grace, adminId))));
        assertEquals(1, api.get("groups/" + eng, admin).json().getInt("member_count"));

        assertInvalid(bulk(admin, "action", "add_to_group", "user_ids", array(grace)), "group");
        assertInvalid(bulk(admin, "action", "add_to_group", "group", "nobody", "user_ids", array(grace)), "group");
    }

    @Test
    void aMalformedBatchIsRefusedWholeAndChangesNothing() {
        String grace = createUser("grace@example.com", false);
        String[] tooMany = IntStream.range(0, 1001).mapToObj(i -> String.format("00000000-0000-0000-0000-%012d", i)).toArray(String[]::new);

        assertInvalid(bulk(admin, "action", "promote", "user_ids", array(grace)), "action");
        assertInvalid(bulk(admin, "user_ids", array(grace)), "action");
        assertInvalid(bulk(admin, "action", "delete", "user_ids", array()), "user_ids");
        assertInvalid(bulk(admin, "action", "delete", "user_ids", array(tooMany)), "user_ids");
        assertProblem(api.post("auth/users/bulk", "{\"action\": \"delete\", \"user_ids\": \"" + grace + "\"}", admin), 400);
        assertProblem(api.post("auth/users/bulk", "{\"action\": \"delete\", \"user_ids\": [", admin), 400);
        assertEquals(2, TestDatabase.count("select count(*) from users"));

        String user = api.login("grace@example.com", PASSWORD);
        assertProblem(bulk(user, "action", "deactivate", "user_ids", array(adminId)), 403);
        assertEquals("active", status(adminId));
    }

    @Test
    void twoAdministratorsDeactivatingEachOtherAtOnceLeaveOneActive() throws Exception {
        for (int round = 0; round < 3; round++) {
            TestDatabase.update("delete from users where email <> ?", ADMIN);
            String other = createUser("other@example.com", true);
            String otherToken = api.login("other@example.com", PASSWORD);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> answers = new ArrayList<>();
                for (String[] who : new String[][] {{admin, other}, {otherToken, adminId}}) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return bulk(who[0], "action", "deactivate", "user_ids", array(who[1])).status();
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> answer : answers) {
                    statuses.add(answer.get());
                }
                assertEquals(1, TestDatabase.count("select count(*) from users where is_admin and is_active"),
                        () -> "exactly one administrator stays active: " + statuses);
                assertTrue(statuses.contains(200), statuses::toString);
            } finally {
                pool.shutdownNow();
            }
            TestDatabase.update("update users set is_active = true where email = ?", ADMIN);
            admin = api.login(ADMIN, PASSWORD);
        }
    }
}
