package dev.roster.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A bounded load generator for 127.0.0.1: a fixed number of requests, spread over a fixed
 * number of concurrent clients, and never longer than a time limit. It records each
 * request's latency and the server's CPU time over the run, with the share of the JIT
 * compilers and the garbage collector.
 *
 * <p>It speaks HTTP/1.1 over one persistent connection per client, as API clients such as
 * curl do on a plain {@code http} address, with blocking sockets ({@link Http1Connection}),
 * unless asked for the JDK's own client (which asks for cleartext HTTP/2 and, refused, keeps a
 * pool of HTTP/1.1 connections).
 */
final class Load {

    /** A warm-up round in which the JIT compilers used less than this share of the server's CPU ends the warm-up. */
    private static final double SETTLED_COMPILER_SHARE = 0.03;

    /** The JDK's client; null for plain HTTP/1.1 ({@link Http1Connection}). */
    private final HttpClient http;

    Load() {
        http = null;
    }

    Load(HttpClient.Version version) {
        http = HttpClient.newBuilder().version(version).connectTimeout(Duration.ofSeconds(5)).build();
    }

    record Result(String name, int concurrency, int requests, int failures, double seconds, double p50Millis,
                  double p99Millis, double serverCpuSeconds, ThreadCpu threads) {

        double throughput() {
            return requests / seconds;
        }

        double serverCpuMillisPerRequest() {
            return serverCpuSeconds * 1000 / requests;
        }

        double requestsPerServerCpuSecond() {
            return requests / serverCpuSeconds;
        }

        double compilerShare() {
            return threads.compiler() / serverCpuSeconds;
        }
    }

    /**
     * Repeats a warm-up round at least {@code minRounds} and at most {@code maxRounds} times,
     * until the server's JIT compilers have settled on this path (under 3 % of its CPU in a
     * round); Payara keeps compiling for minutes after boot, and a figure taken meanwhile counts
     * the compiler's work as the requests'. A path that runs only a few times per request (a
     * login's) needs its own minimum: its code is interpreted, and then compiled in tiers, for
     * thousands of requests, while the compilers' share is already low. Returns the rounds it
     * took, the server's CPU per request in the first and the last, and the compilers' share in
     * the last.
     */
    String warmUp(int concurrency, int count, int minRounds, int maxRounds, int expectedStatus, IntFunction<HttpRequest> request,
                  ServerProcess server) throws Exception {
        Result first = null;
        Result round = null;
        int rounds = 0;
        while (rounds < maxRounds && (rounds < minRounds || round.compilerShare() >= SETTLED_COMPILER_SHARE)) {
            round = run("warm-up", concurrency, count, Duration.ofSeconds(60), expectedStatus, request, server);
            first = first == null ? round : first;
            rounds++;
        }
        return String.format(Locale.ROOT, "%d round(s) of %d at c=%d; server CPU per request %.3f ms in the first, %.3f ms in the"
                + " last; JIT compilers %.1f %% of the server's CPU in the last", rounds, count, concurrency,
                first.serverCpuMillisPerRequest(), round.serverCpuMillisPerRequest(), 100 * round.compilerShare());
    }

    /**
     * Sends {@code count} requests from {@code concurrency} clients; request i is made by
     * {@code request.apply(i)} and must answer {@code expectedStatus}.
     */
    Result run(String name, int concurrency, int count, Duration limit, int expectedStatus,
               IntFunction<HttpRequest> request, ServerProcess server) throws Exception {
        if (!request.apply(0).uri().getHost().equals("127.0.0.1")) {
            throw new IllegalArgumentException("load goes to 127.0.0.1 only");
        }
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>(count));
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        long deadline = System.nanoTime() + limit.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        double cpuBefore = server.cpuSeconds();
        ThreadCpu threadsBefore = ThreadCpu.of(server.pid());
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            running.add(clients.submit(() -> {
                Http1Connection connection = null;
                try {
                    int i;
                    while ((i = next.getAndIncrement()) < count && System.nanoTime() < deadline) {
                        HttpRequest r = request.apply(i);
                        byte[] bytes = http == null ? Http1Connection.encode(r) : null;
                        long t0 = System.nanoTime();
                        int status;
                        if (http != null) {
                            status = send(r);
                        } else {
                            connection = connection == null ? new Http1Connection(r.uri()) : connection;
                            status = connection.exchange(bytes);
                        }
                        latencies.add((System.nanoTime() - t0) / 1e6);
                        if (status != expectedStatus) {
                            failures.incrementAndGet();
                        }
                    }
                } finally {
                    if (connection != null) {
                        connection.close();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = server.cpuSeconds() - cpuBefore;
        ThreadCpu threads = ThreadCpu.of(server.pid()).minus(threadsBefore);
        clients.shutdown();
        clients.awaitTermination(10, TimeUnit.SECONDS);
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result(name, concurrency, sorted.size(), failures.get(), seconds, percentile(sorted, 50), percentile(sorted, 99), cpu, threads);
    }

    private int send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
    }

    /** The p-th percentile of latencies sorted ascending (NaN for none). */
    static double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
