package dev.roster.bench;

import dev.roster.users.control.PasswordHasher;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Argon2id's own price with Roster's parameters: hashes per second and CPU per hash, measured
 * in a JVM of its own that runs with the server's JVM options ({@code bench.jvm.options}), so
 * that the comparison with a login is like for like. The collector matters: the same hashes
 * cost a quarter more CPU under the JDK's default collector than under the server's.
 */
record RawHash(double hashesPerSecond, double cpuMillisPerHash) {

    /** Hashes before the first measurement, spread over every core: the JIT compiles the hash, and each core's working memory is made. */
    static final int WARM_UP = 60;
    private static final String ANSWER = "raw-hash ";

    /**
     * The hashing JVM, started once and kept, idle in between, for as long as a benchmark
     * runs: each measurement then takes a second or two, so it can sit right beside the
     * logins it is the reference for, without a JVM's start and warm-up each time.
     */
    static final class Worker implements AutoCloseable {

        private final Process process;
        private final Path log;
        private final Writer commands;
        private final BufferedReader answers;

        private Worker(Process process, Path log) {
            this.process = process;
            this.log = log;
            this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.US_ASCII);
            this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII));
        }

        static Worker start(int memoryKib, int iterations, int parallelism) throws IOException {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(List.of(System.getProperty("bench.jvm.options").trim().split("\\s+")));
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), RawHash.class.getName(),
                    String.valueOf(memoryKib), String.valueOf(iterations), String.valueOf(parallelism)));
            Path log = Files.createTempFile("raw-hash", ".log");
            return new Worker(new ProcessBuilder(command).redirectError(log.toFile()).start(), log);
        }

        /** {@code count} hashes spread over {@code threads} threads; the JVM is ended if it takes over 5 minutes. */
        RawHash measure(int threads, int count) throws IOException, InterruptedException {
            commands.write(threads + " " + count + "\n");
            commands.flush();
            try {
                String answer = CompletableFuture.supplyAsync(this::answer).get(5, TimeUnit.MINUTES);
                if (answer == null) {
                    throw new IllegalStateException("the raw hash JVM ended: " + Files.readString(log).strip());
                }
                String[] fields = answer.substring(ANSWER.length()).split(" ");
                return new RawHash(Double.parseDouble(fields[0]), Double.parseDouble(fields[1]));
            } catch (TimeoutException e) {
                process.destroyForcibly();
                throw new IllegalStateException("the raw hash JVM took over 5 minutes for " + count + " hashes");
            } catch (ExecutionException e) {
                throw new IllegalStateException("the raw hash JVM's answer could not be read", e.getCause());
            }
        }

        /** The next answer line, or null once the JVM has ended. */
        private String answer() {
            try {
                String line;
                while ((line = answers.readLine()) != null && !line.startsWith(ANSWER)) {
                    // anything else the JVM prints is not an answer
                }
                return line;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException, InterruptedException {
            commands.close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            Files.deleteIfExists(log);
        }
    }

    /**
     * Arguments: m (KiB), t, p. Warms up, then reads "threads count" lines and answers each with
     * "raw-hash hashes-per-second cpu-ms-per-hash", until its input ends.
     */
    public static void main(String[] args) throws Exception {
        PasswordHasher hasher = new PasswordHasher(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        int cores = Runtime.getRuntime().availableProcessors();
        hash(hasher, cores, WARM_UP / cores * cores);
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
        String line;
        while ((line = commands.readLine()) != null) {
            String[] fields = line.trim().split(" ");
            int threads = Integer.parseInt(fields[0]);
            int count = Integer.parseInt(fields[1]) / threads * threads;
            long cpuBefore = os.getProcessCpuTime();
            long start = System.nanoTime();
            hash(hasher, threads, count);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuMillis = (os.getProcessCpuTime() - cpuBefore) / 1e6;
            System.out.println(String.format(Locale.ROOT, "%s%.3f %.3f", ANSWER, count / seconds, cpuMillis / count));
        }
    }

    private static void hash(PasswordHasher hasher, int threads, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < count / threads; i++) {
                        hasher.hash(AuthBench.PASSWORD);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
