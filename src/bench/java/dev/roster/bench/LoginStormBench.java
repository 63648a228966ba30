package dev.roster.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.roster.testing.Api;
import dev.roster.testing.IntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Authenticated reads during a storm of logins: {@code GET /auth/me} at c=4 alone, then while 64
 * and while 256 clients send logins (the right passwords of distinct accounts, each client again
 * as soon as it is answered and Retry-After ignored, as an attacker would). The server lets only
 * so many hashes wait ({@code roster.hashing.max-waiting}) and refuses the rest with 503, so that
 * requests that hash nothing never queue behind those that do. Target: the reads' p99 under
 * 50 ms during both storms. Not a test: {@code mvn -Pbench verify}, report in
 * {@code target/bench/login-storm.md} and {@code .json}.
 */
class LoginStormBench extends IntegrationTest {

    static final int ACCOUNTS = 256;
    static final int READERS = 4;
    static final int READS = 5_000;
    static final Duration LIMIT = Duration.ofSeconds(90);

    @Test
    void readsStayFastWhileLoginsStorm() throws Exception {
        String token = freshInstallationAsAdmin();
        createAccounts(api, token);
        ServerProcess payara = ServerProcess.payara();
        ServerProcess mariadb = ServerProcess.database();
        Report report = new Report("login-storm");
        report.note("machine: " + Runtime.getRuntime().availableProcessors() + " cores; load generator, Payara Micro and MariaDB share them");
        URI base = api.base();
        Load load = new Load();
        IntFunction<HttpRequest> me = i -> Load.request(base.resolve("auth/me")).header("Authorization", "Bearer " + token).build();
        report.note("warm-up, /auth/me: " + load.warmUp(READERS, 5_000, 1, 30, 200, me, payara));
        report.note("warm-up, login: " + load.warmUp(2, 200, 10, 30, 200, i -> login(base, i % ACCOUNTS), payara));

        Report.Figure alone = reads(load, payara, mariadb, "GET /auth/me alone", me);
        report.figure(alone);
        for (int clients : new int[] {64, 256}) {
            Storm storm = Storm.start(base, clients);
            try {
                Thread.sleep(2_000); // every client has sent its first login, and the bound is reached
                Report.Figure during = reads(load, payara, mariadb, "GET /auth/me during " + clients + " logins", me);
                Storm.Outcome logins = storm.stop();
                report.figure(during);
                report.note(String.format(Locale.ROOT, "%d login clients, over %.1f s: %d logged in (%.1f/s, p50 %.0f ms, p99 %.0f ms),"
                                + " %d refused with 503 (p50 %.1f ms, p99 %.1f ms), %d other answers", clients, logins.seconds(),
                        logins.admitted().size(), logins.admitted().size() / logins.seconds(), Load.percentile(logins.admitted(), 50),
                        Load.percentile(logins.admitted(), 99), logins.refused().size(), Load.percentile(logins.refused(), 50),
                        Load.percentile(logins.refused(), 99), logins.other()));
                report.target("authenticated reads' p99 during " + clients + " concurrent logins", "< 50 ms",
                        String.format(Locale.ROOT, "%.1f ms (p50 %.2f ms; alone p99 %.1f ms)", during.p99Millis(), during.p50Millis(),
                                alone.p99Millis()), during.p99Millis() < 50);
                assertEquals(0, logins.other(), "logins answered 200 or 503 only");
            } finally {
                storm.stop();
            }
        }
        report.write();
        assertEquals(200, api.get("auth/me", token).status(), "the session survived the storms");
    }

    private static void createAccounts(Api api, String token) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> created = new ArrayList<>();
            for (int i = 0; i < ACCOUNTS; i++) {
                String email = email(i);
                created.add(pool.submit(() -> api.createUser(Api.json("email", email, "password", PASSWORD), token)));
            }
            for (Future<String> user : created) {
                user.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static String email(int i) {
        return "storm" + i + "@example.com";
    }

    private static HttpRequest login(URI base, int account) {
        return Load.request(base.resolve("auth/login")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Api.json("email", email(account), "password", PASSWORD).toString())).build();
    }

    private static Report.Figure reads(Load load, ServerProcess payara, ServerProcess mariadb, String name, IntFunction<HttpRequest> me)
            throws Exception {
        double dbBefore = mariadb.cpuSeconds();
        Load.Result r = load.run(name, READERS, READS, LIMIT, 200, me, payara);
        assertEquals(0, r.failures(), name);
        return Report.Figure.of(r, (mariadb.cpuSeconds() - dbBefore) * 1000 / r.requests());
    }

    /** Clients that each send logins over their own connection, one after the other, until stopped. */
    private static final class Storm {

        /** The latencies of admitted and refused logins, each sorted ascending. */
        record Outcome(double seconds, List<Double> admitted, List<Double> refused, int other) {
        }

        private final ExecutorService clients;
        private final List<Future<List<double[]>>> running = new ArrayList<>();
        private final AtomicBoolean go = new AtomicBoolean(true);
        private final long start = System.nanoTime();
        private Outcome outcome;

        private Storm(int count) {
            clients = Executors.newFixedThreadPool(count);
        }

        static Storm start(URI base, int count) {
            Storm storm = new Storm(count);
            for (int c = 0; c < count; c++) {
                byte[] login = Http1Connection.encode(login(base, c % ACCOUNTS));
                storm.running.add(storm.clients.submit(() -> storm.send(base, login)));
            }
            return storm;
        }

        /** Pairs of (status, latency in ms). */
        private List<double[]> send(URI base, byte[] login) throws IOException {
            List<double[]> answers = new ArrayList<>();
            long deadline = start + LIMIT.toNanos() * 2;
            try (Http1Connection connection = new Http1Connection(base)) {
                while (go.get() && System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    int status = connection.exchange(login);
                    answers.add(new double[] {status, (System.nanoTime() - t0) / 1e6});
                }
            }
            return answers;
        }

        Outcome stop() throws Exception {
            if (outcome != null) {
                return outcome;
            }
            go.set(false);
            List<Double> admitted = new ArrayList<>();
            List<Double> refused = new ArrayList<>();
            int other = 0;
            for (Future<List<double[]>> client : running) {
                for (double[] answer : client.get(2, TimeUnit.MINUTES)) {
                    if (answer[0] == 200) {
                        admitted.add(answer[1]);
                    } else if (answer[0] == 503) {
                        refused.add(answer[1]);
                    } else {
                        other++;
                    }
                }
            }
            Collections.sort(admitted);
            Collections.sort(refused);
            clients.shutdown();
            outcome = new Outcome((System.nanoTime() - start) / 1e9, admitted, refused, other);
            return outcome;
        }
    }
}
