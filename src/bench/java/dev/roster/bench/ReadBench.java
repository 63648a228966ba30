package dev.roster.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.roster.testing.IntegrationTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /auth/me} alone, as {@link AuthBench} measures it (c=8 and c=32, warmed up until
 * the JIT compilers are quiet, the median of two runs of 10,000), with a static file for the
 * machine's speed: for the guard that compares two builds in the same hour, in minutes rather
 * than AuthBench's half hour. {@code -Droster.war=...} picks the build; the report,
 * {@code target/bench/read.md}, names it.
 */
class ReadBench extends IntegrationTest {

    @Test
    void authenticatedReads() throws Exception {
        String token = freshInstallationAsAdmin();
        ServerProcess payara = ServerProcess.payara();
        ServerProcess mariadb = ServerProcess.database();
        Report report = new Report("read");
        report.note("build: " + System.getProperty("roster.war"));
        URI base = api.base();
        Load load = new Load();
        IntFunction<HttpRequest> me = i -> Load.request(base.resolve("auth/me")).header("Authorization", "Bearer " + token).build();
        IntFunction<HttpRequest> file = i -> Load.request(base.resolve("../../resources/css/roster.css")).build();
        List<Report.Figure> reads = new ArrayList<>();
        for (int concurrency : new int[] {8, 32}) {
            report.note("warm-up, /auth/me at c=" + concurrency + ": " + load.warmUp(concurrency, 5_000, 1, 30, 200, me, payara));
            reads.add(AuthBench.measure(report, load, payara, mariadb, "GET /auth/me (bearer)", concurrency, 10_000, me, 200));
        }
        report.note("warm-up, static file: " + load.warmUp(8, 5_000, 1, 10, 200, file, payara));
        AuthBench.measure(report, load, payara, mariadb, "GET a static file (8.7 KB)", 8, 10_000, file, 200);
        for (Report.Figure f : reads) {
            report.note(String.format(Locale.ROOT, "authenticated read at c=%d: %.0f requests per server CPU-second (%.3f ms CPU each)",
                    f.concurrency(), 1000 / f.serverCpuMillisPerRequest(), f.serverCpuMillisPerRequest()));
        }
        report.write();
        assertEquals(200, api.get("auth/me", token).status(), "the session survived the load");
    }
}
