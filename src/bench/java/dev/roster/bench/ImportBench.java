package dev.roster.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.roster.testing.IntegrationTest;
import dev.roster.testing.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The users' CSV import and export, end to end over HTTP: a file of rows with passwords (bound by
 * the hash, compared with the raw Argon2id rate on every core, measured right before and after in
 * a JVM with the server's options), a file of 10,000 rows without passwords, and the export of
 * everyone. Writes {@code target/bench/import.md} and {@code .json}.
 */
class ImportBench extends IntegrationTest {

    static final int WITH_PASSWORDS = 2_000;
    static final int WITHOUT_PASSWORDS = 10_000;

    @Test
    void importBoundByTheHashAndExport() throws Exception {
        String token = freshInstallationAsAdmin();
        ServerProcess payara = ServerProcess.payara();
        Report report = new Report("import");
        int cores = Runtime.getRuntime().availableProcessors();
        int memory = Integer.getInteger("roster.argon2.memory-kib", 19456);
        int iterations = Integer.getInteger("roster.argon2.iterations", 2);
        int parallelism = Integer.getInteger("roster.argon2.parallelism", 1);
        report.note(String.format(Locale.ROOT, "machine: %d cores, shared by the client, Payara Micro and MariaDB; Argon2id m=%d KiB, t=%d, p=%d",
                cores, memory, iterations, parallelism));
        HttpClient client = HttpClient.newHttpClient();
        // Warm the import's path (and each core's working memory) before anything is timed.
        post(client, token, file(0, 200, true));
        post(client, token, file(200, 200, false));

        try (RawHash.Worker raw = RawHash.Worker.start(memory, iterations, parallelism)) {
            RawHash before = raw.measure(cores, 100 * cores);
            long start = System.nanoTime();
            JsonObject withPasswords = post(client, token, file(1_000, WITH_PASSWORDS, true));
            double seconds = (System.nanoTime() - start) / 1e9;
            RawHash after = raw.measure(cores, 100 * cores);
            assertEquals(WITH_PASSWORDS, withPasswords.getInt("created"), withPasswords::toString);
            double rawRate = (before.hashesPerSecond() + after.hashesPerSecond()) / 2;
            double rate = WITH_PASSWORDS / seconds;
            report.note(String.format(Locale.ROOT, "%,d rows with passwords: %.1f s, %.1f rows/s; raw hash on %d threads before and after: %.1f and %.1f hashes/s",
                    WITH_PASSWORDS, seconds, rate, cores, before.hashesPerSecond(), after.hashesPerSecond()));
            report.target("import with passwords / raw Argon2id rate on all cores", ">= 0.9", String.format(Locale.ROOT, "%.2f", rate / rawRate),
                    rate / rawRate >= 0.9);
        }

        long start = System.nanoTime();
        JsonObject withoutPasswords = post(client, token, file(10_000, WITHOUT_PASSWORDS, false));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(WITHOUT_PASSWORDS, withoutPasswords.getInt("created"), () -> withoutPasswords.toString().substring(0, 2000));
        report.target(String.format(Locale.ROOT, "%,d rows without passwords, end to end", WITHOUT_PASSWORDS), "< 30 s",
                String.format(Locale.ROOT, "%.1f s", seconds), seconds < 30);

        start = System.nanoTime();
        JsonObject dryRun = post(client, token, file(30_000, WITHOUT_PASSWORDS, false), "true");
        report.note(String.format(Locale.ROOT, "dry run of %,d new rows: %.1f s", dryRun.getJsonArray("rows").size(), (System.nanoTime() - start) / 1e9));

        long users = TestDatabase.count("select count(*) from users");
        start = System.nanoTime();
        HttpResponse<String> export = client.send(HttpRequest.newBuilder(api.base().resolve("auth/users/export"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofString());
        double exportSeconds = (System.nanoTime() - start) / 1e9;
        assertEquals(200, export.statusCode());
        assertEquals(users + 1, export.body().lines().count());
        report.note(String.format(Locale.ROOT, "export of %,d users: %.2f s, %,d bytes", users, exportSeconds, export.body().length()));
        report.note(String.format(Locale.ROOT, "Payara RSS after the load: %.0f MiB", payara.rssMiB()));
        report.write();
    }

    private static String file(int from, int rows, boolean passwords) {
        StringBuilder csv = new StringBuilder(passwords ? "email,display_name,password\n" : "email,display_name\n");
        for (int i = from; i < from + rows; i++) {
            csv.append(String.format(Locale.ROOT, "import%06d@example.com,Imported %d", i, i));
            csv.append(passwords ? ",Imported-Pass-" + i + "\n" : "\n");
        }
        return csv.toString();
    }

    private JsonObject post(HttpClient client, String token, String csv) throws Exception {
        return post(client, token, csv, "false");
    }

    private JsonObject post(HttpClient client, String token, String csv, String dryRun) throws Exception {
        HttpResponse<String> reply = client.send(HttpRequest.newBuilder(api.base().resolve("auth/users/import?dry_run=" + dryRun))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, reply.statusCode(), reply::body);
        try (var reader = Json.createReader(new StringReader(reply.body()))) {
            return reader.readObject();
        }
    }
}
