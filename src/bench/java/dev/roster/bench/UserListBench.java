package dev.roster.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.roster.testing.IntegrationTest;
import dev.roster.testing.TestDatabase;
import dev.roster.users.control.PasswordHasher;
import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The admin user list and search with 100,000 users in the database (seeded with batched
 * SQL, not through the hashing API): first page, a deep page, a narrow search and a sorted
 * page, at concurrency 1 and 2. Not a test: it runs only with {@code mvn -Pbench verify} and
 * writes {@code target/bench/user-list.md} and {@code .json}.
 */
class UserListBench extends IntegrationTest {

    static final int USERS = 100_000;
    static final int GROUPS = 20;
    /** Each user is in the groups at these offsets from their number (mod {@link #GROUPS}). */
    static final int[] GROUPS_PER_USER = {0, 7, 13};
    static final int WARM_UP = 200;
    static final int WARM_UP_ROUNDS = 4;
    static final int REQUESTS = 400;
    static final int RUNS = 2;
    static final Duration LIMIT = Duration.ofSeconds(60);

    @Test
    void listAndSearchAt100000Users() throws Exception {
        String token = freshInstallationAsAdmin();
        long seeding = System.nanoTime();
        seed(USERS);
        Report report = new Report("user-list");
        report.note(String.format(Locale.ROOT, "%,d users, each in %d of %d groups, seeded with batched SQL in %.1f s, then OPTIMIZE TABLE",
                USERS + 1, GROUPS_PER_USER.length, GROUPS, (System.nanoTime() - seeding) / 1e9));
        assertEquals(Integer.toString(USERS + 1), api.get("auth/users?limit=1", token).header("X-Total-Count"));
        assertEquals("3", api.get("auth/users?search=zebediah", token).header("X-Total-Count"));
        assertEquals("3", api.get("auth/users?search=%E6%9D%8E%E9%9B%B7", token).header("X-Total-Count"));
        assertEquals("3", api.get("auth/users?search=nanez", token).header("X-Total-Count"));
        assertEquals(Integer.toString(USERS * GROUPS_PER_USER.length / GROUPS), api.get("auth/users?group=team-03&limit=1", token).header("X-Total-Count"));
        assertEquals(GROUPS_PER_USER.length, api.get("auth/users?search=user0042042", token).structure().asJsonArray().getJsonObject(0).getJsonArray("groups").size());

        ServerProcess payara = ServerProcess.payara();
        ServerProcess mariadb = ServerProcess.database();
        report.note("machine: " + Runtime.getRuntime().availableProcessors() + " cores; Payara Micro pid " + payara.pid()
                + ", MariaDB pid " + mariadb.pid() + "; client, server and database share the machine");

        URI base = api.base();
        List<String[]> scenarios = List.of(
                new String[] {"first page (100)", "auth/users"},
                new String[] {"narrow search (3 of 100k)", "auth/users?search=zebediah"},
                new String[] {"email search (1 of 100k)", "auth/users?search=user0042042"},
                new String[] {"CJK search (3 of 100k)", "auth/users?search=%E6%9D%8E%E9%9B%B7"},
                new String[] {"accent-free search (3 of 100k)", "auth/users?search=nanez"},
                new String[] {"one CJK character (5k of 100k)", "auth/users?search=%E6%9D%8E"},
                new String[] {"group filter (15k of 100k)", "auth/users?group=team-03"},
                new String[] {"sorted by email, page 50", "auth/users?sort=email&offset=5000"},
                new String[] {"deep page (offset 90,000)", "auth/users?offset=90000"});
        Load load = new Load();
        // Let the JIT settle on every path before anything is measured.
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            for (String[] scenario : scenarios) {
                load.run("warm-up", 2, WARM_UP, LIMIT, 200,
                        i -> Load.request(base.resolve(scenario[1])).header("Authorization", "Bearer " + token).build(), payara);
            }
        }
        List<Report.Figure> all = new ArrayList<>();
        for (String[] scenario : scenarios) {
            IntFunction<HttpRequest> request = i -> Load.request(base.resolve(scenario[1])).header("Authorization", "Bearer " + token).build();
            load.run("warm-up", 2, WARM_UP, LIMIT, 200, request, payara);
            for (int concurrency : new int[] {1, 2}) {
                List<Report.Figure> runs = new ArrayList<>();
                for (int run = 0; run < RUNS; run++) {
                    double dbBefore = mariadb.cpuSeconds();
                    Load.Result r = load.run(scenario[0], concurrency, REQUESTS, LIMIT, 200, request, payara);
                    double dbMillis = (mariadb.cpuSeconds() - dbBefore) * 1000 / r.requests();
                    assertEquals(0, r.failures(), scenario[0]);
                    runs.add(Report.Figure.of(r, dbMillis));
                }
                Report.Figure median = Report.median(runs);
                report.figure(median);
                all.add(median);
            }
        }
        for (Report.Figure f : all) {
            if (f.concurrency() == 2 && !f.scenario().startsWith("deep") && !f.scenario().startsWith("sorted")) {
                report.target(f.scenario() + " p50 at c=2", "< 20 ms", String.format(Locale.ROOT, "%.2f ms", f.p50Millis()), f.p50Millis() < 20);
                report.target(f.scenario() + " p99 at c=2", "< 100 ms", String.format(Locale.ROOT, "%.2f ms", f.p99Millis()), f.p99Millis() < 100);
            }
        }
        Report.Figure first = all.stream().filter(f -> f.scenario().startsWith("first") && f.concurrency() == 1).findFirst().orElseThrow();
        report.target("page of 100: server CPU", "well under Keycloak's ~17 ms",
                String.format(Locale.ROOT, "%.2f ms", first.serverCpuMillisPerRequest()), first.serverCpuMillisPerRequest() < 17);
        report.target("page of 100: database CPU", "well under Keycloak's ~13 ms",
                String.format(Locale.ROOT, "%.2f ms", first.databaseCpuMillisPerRequest()), first.databaseCpuMillisPerRequest() < 13);
        report.note(String.format(Locale.ROOT, "Payara RSS after the load: %.0f MiB", payara.rssMiB()));
        report.write();
    }

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周";
    private static final String GIVEN_NAMES = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平";
    private static final String[] ACCENTED = {"José Núñez", "Zoë Brontë", "Søren Kierkegård", "Anaïs Éluard"};

    /**
     * A quarter of the names Chinese (no spaces), a quarter accented Latin, the rest "Person N";
     * three are Zebediah and three "Zoë Ñáñez 李雷", for the narrow searches.
     */
    private static String name(int i) {
        if (i % 33_333 == 0) {
            return "Zebediah " + i;
        }
        if (i % 33_333 == 7) {
            return "Zoë Ñáñez 李雷";
        }
        return switch (i % 4) {
            case 1 -> "" + SURNAMES.charAt(i % 10) + GIVEN_NAMES.charAt(i / 10 % 20) + GIVEN_NAMES.charAt(i / 200 % 20);
            case 2 -> ACCENTED[i / 4 % ACCENTED.length] + " " + i;
            default -> "Person " + i;
        };
    }

    /**
     * Users with distinct emails and creation times; names as {@link #name} makes them.
     * Groups {@code team-00} to {@code team-19}, each user in three of them.
     */
    private static void seed(int count) throws Exception {
        String hash = new PasswordHasher(1024, 1, 1).hash(PASSWORD);
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        int batch = 1000;
        try (Connection c = TestDatabase.connect()) {
            c.setAutoCommit(false);
            StringBuilder sql = new StringBuilder("insert into users (id, email, display_name, password_hash, is_admin, is_active, created_at, updated_at) values ");
            for (int i = 0; i < batch; i++) {
                sql.append(i == 0 ? "" : ",").append("(?, ?, ?, ?, ?, ?, ?, ?)");
            }
            try (PreparedStatement insert = c.prepareStatement(sql.toString())) {
                for (int from = 1; from <= count; from += batch) {
                    int p = 1;
                    for (int i = from; i < from + batch; i++) {
                        Timestamp created = Timestamp.from(start.plusSeconds(i * 300L));
                        insert.setString(p++, UUID.randomUUID().toString());
                        insert.setString(p++, String.format(Locale.ROOT, "user%07d@example.com", i));
                        insert.setString(p++, name(i));
                        insert.setString(p++, hash);
                        insert.setBoolean(p++, i % 500 == 0);
                        insert.setBoolean(p++, i % 20 != 0);
                        insert.setTimestamp(p++, created);
                        insert.setTimestamp(p++, created);
                    }
                    insert.executeUpdate();
                }
            }
            try (var s = c.createStatement()) {
                for (int g = 0; g < GROUPS; g++) {
                    s.execute(String.format(Locale.ROOT, "insert into user_groups (id, name, created_at, updated_at) values ('%s', 'team-%02d', now(6), now(6))",
                            UUID.randomUUID(), g));
                }
                for (int offset : GROUPS_PER_USER) {
                    s.execute("insert into group_members (group_id, user_id, added_at) select g.id, u.id, now(6) from users u"
                            + " join user_groups g on g.name = concat('team-', lpad(mod(cast(substring(u.email, 5, 7) as unsigned) + " + offset
                            + ", " + GROUPS + "), 2, '0')) where u.email like 'user%'");
                }
            }
            c.commit();
            try (var s = c.createStatement()) {
                // Earlier runs' users were deleted, and InnoDB's full-text index keeps deleted
                // rows' ids until the table is rebuilt: start every run from a settled index.
                s.execute("optimize table users");
            }
        }
    }
}
