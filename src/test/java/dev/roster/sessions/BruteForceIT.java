package dev.roster.sessions;

import static dev.roster.testing.Api.json;
import static dev.roster.testing.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.testing.Api;
import dev.roster.testing.IntegrationTest;
import dev.roster.testing.TestDatabase;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Brute-force protection over HTTP. The integration tests' server locks an email for 2 s after
 * 5 failures, doubling up to 8 s ({@code roster.login.lockout-seconds} in the pom), and trusts
 * X-Forwarded-For from 127.0.0.1, so that tests can come from several addresses.
 */
class BruteForceIT extends IntegrationTest {

    private static final String USER = "user@example.com";
    private static final String LOCKED = "Too many failed login attempts. Try again later.";
    private static final String BUSY = "The server is busy with other sign-ins; try again in a moment";

    String admin;
    String userId;

    @BeforeEach
    void installationWithAnAdminAndAUser() {
        admin = freshInstallationAsAdmin();
        userId = api.createUser(json("email", USER, "display_name", "Plain User", "password", PASSWORD), admin);
    }

    private Api.Reply login(String email, String password, String address) {
        return api.send("POST", "auth/login", json("email", email, "password", password), null, Map.of("X-Forwarded-For", address));
    }

    private Api.Reply login(String email, String password) {
        return login(email, password, "198.51.100.1");
    }

    private void failTimes(String email, int times) {
        for (int i = 0; i < times; i++) {
            assertProblem(login(email, "Wrong-Passw0rd"), 401);
        }
    }

    private static long retryAfter(Api.Reply reply) {
        String header = reply.header("Retry-After");
        assertNotNull(header, () -> "no Retry-After: " + reply);
        return Long.parseLong(header);
    }

    private static long failures(String email) {
        String count = TestDatabase.single("select failures from failed_logins_by_email where email = ?", email);
        return count == null ? 0 : Long.parseLong(count);
    }

    @Test
    void fiveFailuresLockTheEmailEvenForTheRightPassword() {
        failTimes(USER, 5);

        Api.Reply refused = login(USER, PASSWORD);
        JsonObject problem = assertProblem(refused, 429);
        assertEquals(LOCKED, problem.getString("detail"));
        long wait = retryAfter(refused);
        assertTrue(wait >= 1 && wait <= 2, () -> "Retry-After " + wait);
        // Another email from the same address is not affected.
        assertEquals(200, login(ADMIN, PASSWORD).status());
    }

    @Test
    void anUnknownEmailIsLockedExactlyLikeAKnownOne() {
        failTimes(USER, 5);
        failTimes("nobody@example.com", 5);

        Api.Reply known = login(USER, "Wrong-Passw0rd");
        Api.Reply unknown = login("nobody@example.com", "Wrong-Passw0rd");
        assertEquals(429, known.status());
        assertEquals(429, unknown.status());
        assertEquals(known.body(), unknown.body());
        assertEquals(known.headers().map().keySet(), unknown.headers().map().keySet());
        // Before the lock, the answers were the same 401 too.
        assertEquals(assertProblem(login("other@example.com", "x"), 401).getString("detail"),
                assertProblem(login(ADMIN, "x"), 401).getString("detail"));
    }

    @Test
    void theLockEndsAndDoublesWithTheNextFailure() throws Exception {
        failTimes(USER, 5);
        Thread.sleep(retryAfter(login(USER, PASSWORD)) * 1000 + 300);

        // Free again; one more failure locks it for twice as long.
        assertProblem(login(USER, "Wrong-Passw0rd"), 401);
        long doubled = retryAfter(login(USER, PASSWORD));
        assertTrue(doubled >= 3 && doubled <= 4, () -> "Retry-After " + doubled);
        Thread.sleep(doubled * 1000 + 300);

        // The right password then gets in and forgets the failures.
        assertEquals(200, login(USER, PASSWORD).status());
        assertEquals(0, failures(USER));
    }

    @Test
    void aSuccessResetsTheCount() {
        failTimes(USER, 4);
        assertEquals(200, login(USER, PASSWORD).status());
        failTimes(USER, 4);
        assertEquals(4, failures(USER));
        assertEquals(200, login(USER, PASSWORD).status());
    }

    /** The statuses of {@code count} attempts, {@code threads} at a time. */
    private static List<Integer> inParallel(int count, int threads, IntFunction<Api.Reply> attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                answers.add(pool.submit(() -> attempt.apply(n).status()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void parallelFailuresAreCountedExactly() throws Exception {
        String email = "target@example.com";
        List<Integer> statuses = inParallel(8, 8, i -> login(email, "Wrong-Passw0rd"));

        assertTrue(statuses.stream().allMatch(status -> status == 401 || status == 429), statuses::toString);
        long counted = statuses.stream().filter(status -> status == 401).count();
        // Every attempt that was looked at (401) was counted; none was lost to a race.
        assertEquals(counted, failures(email));
        assertTrue(counted >= 5, "the lock can only start after five failures");
    }

    @Test
    void tooManyFailuresFromOneAddressRefuseThatAddress() throws Exception {
        String attacker = "203.0.113.7";
        // At most 4 tries per email, so that no email is locked: only the address can be.
        List<Integer> statuses = inParallel(101, 2, i -> login("guess" + (i % 30) + "@example.com", "Wrong-Passw0rd", attacker));
        assertTrue(statuses.stream().allMatch(status -> status == 401), statuses::toString);

        Api.Reply refused = login(USER, PASSWORD, attacker);
        assertEquals(LOCKED, assertProblem(refused, 429).getString("detail"));
        assertTrue(retryAfter(refused) > 3000, () -> "the address waits for the rest of the hour: " + refused);
        // The user, from their own address, is not affected.
        assertEquals(200, login(USER, PASSWORD, "198.51.100.20").status());
    }

    @Test
    void administratorsSeeTheLockAndLiftIt() {
        failTimes(USER, 5);

        JsonObject locked = api.get("auth/users/" + userId, admin).json();
        assertTrue(locked.getBoolean("is_locked"), locked::toString);
        assertFalse(locked.isNull("locked_until"), locked::toString);
        JsonObject listed = api.get("auth/users?search=user@", admin).structure().asJsonArray().getJsonObject(0);
        assertTrue(listed.getBoolean("is_locked"), listed::toString);
        assertFalse(api.get("auth/users/" + api.get("auth/me", admin).json().getString("user_id"), admin).json().getBoolean("is_locked"));

        Api.Reply unlocked = api.post("auth/users/" + userId + "/unlock", null, admin);
        assertEquals(200, unlocked.status(), unlocked::toString);
        assertFalse(unlocked.json().getBoolean("is_locked"));
        assertTrue(unlocked.json().isNull("locked_until"));
        assertEquals(200, login(USER, PASSWORD).status());
    }

    @Test
    void onlyAdministratorsUnlock() {
        String user = api.login(USER, PASSWORD);
        assertProblem(api.post("auth/users/" + userId + "/unlock", null, user), 403);
        assertProblem(api.post("auth/users/" + userId + "/unlock", null, null), 401);
        assertProblem(api.post("auth/users/00000000-0000-0000-0000-000000000000/unlock", null, admin), 404);
    }

    /**
     * 64 logins at once, more than the server lets wait for a hash: the ones beyond the bound are
     * refused at once with 503 and Retry-After (never queued without end), and authenticated reads
     * sent meanwhile are all answered.
     */
    @Test
    void aLoginStormIsBoundedAndReadsGoOn() throws Exception {
        int logins = 64;
        for (int i = 0; i < logins; i++) {
            api.createUser(json("email", "wave" + i + "@example.com", "password", PASSWORD), admin);
        }
        Api http1 = new Api(api.base(), HttpClient.Version.HTTP_1_1);
        ExecutorService pool = Executors.newFixedThreadPool(logins + 1);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean storming = new AtomicBoolean(true);
        try {
            Future<List<Integer>> reads = pool.submit(() -> {
                start.await();
                List<Integer> statuses = new ArrayList<>();
                while (storming.get()) {
                    statuses.add(http1.get("auth/me", admin).status());
                }
                return statuses;
            });
            List<Future<List<Api.Reply>>> storm = new ArrayList<>();
            for (int i = 0; i < logins; i++) {
                String email = "wave" + i + "@example.com";
                storm.add(pool.submit(() -> {
                    start.await();
                    List<Api.Reply> replies = new ArrayList<>();
                    for (int attempt = 0; attempt < 3; attempt++) {
                        replies.add(http1.post("auth/login", json("email", email, "password", PASSWORD), null));
                    }
                    return replies;
                }));
            }
            start.countDown();
            List<Api.Reply> answers = new ArrayList<>();
            for (Future<List<Api.Reply>> client : storm) {
                answers.addAll(client.get(2, TimeUnit.MINUTES));
            }
            storming.set(false);

            List<Integer> readStatuses = reads.get(1, TimeUnit.MINUTES);
            assertFalse(readStatuses.isEmpty());
            assertTrue(readStatuses.stream().allMatch(status -> status == 200), readStatuses::toString);
            assertTrue(answers.stream().anyMatch(reply -> reply.status() == 200), "some logins got in");
            List<Api.Reply> refused = answers.stream().filter(reply -> reply.status() != 200).toList();
            assertFalse(refused.isEmpty(), "64 at once are more than may wait");
            for (Api.Reply reply : refused) {
                assertEquals(BUSY, assertProblem(reply, 503).getString("detail"));
                assertEquals(1, retryAfter(reply));
            }
        } finally {
            storming.set(false);
            pool.shutdownNow();
        }
        assertEquals(200, login("wave0@example.com", PASSWORD).status(), "room again after the storm");
    }
}
