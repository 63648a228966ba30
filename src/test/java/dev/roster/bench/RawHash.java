package dev.roster.bench;

import dev.roster.users.control.PasswordHasher;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Argon2id's own price with Roster's parameters: hashes per second and CPU per hash, measured
 * in a JVM of its own that runs with the server's JVM options ({@code bench.jvm.options}), so
 * that the comparison with a login is like for like. The collector matters: the same hashes
 * cost a quarter more CPU under the JDK's default collector than under the server's.
 */
record RawHash(double hashesPerSecond, double cpuMillisPerHash) {

    static final int WARM_UP = 30;

    /** {@code count} hashes on {@code threads} threads, after a warm-up, in a new JVM with the server's options. */
    static RawHash measure(int memoryKib, int iterations, int parallelism, int threads, int count) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(System.getProperty("bench.jvm.options").trim().split("\\s+")));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), RawHash.class.getName(),
                String.valueOf(memoryKib), String.valueOf(iterations), String.valueOf(parallelism),
                String.valueOf(threads), String.valueOf(count)));
        Path log = Files.createTempFile("raw-hash", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean ended = process.waitFor(5, TimeUnit.MINUTES);
            if (!ended) {
                process.destroyForcibly();
            }
            String output = Files.readString(log).trim();
            if (!ended || process.exitValue() != 0) {
                throw new IllegalStateException("the raw hash JVM failed or took over 5 minutes: " + output);
            }
            String[] fields = output.substring(output.lastIndexOf('\n') + 1).split(" ");
            return new RawHash(Double.parseDouble(fields[0]), Double.parseDouble(fields[1]));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** Arguments: m (KiB), t, p, threads, count. Prints "hashes-per-second cpu-ms-per-hash". */
    public static void main(String[] args) throws Exception {
        PasswordHasher hasher = new PasswordHasher(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        int threads = Integer.parseInt(args[3]);
        int count = Integer.parseInt(args[4]) / threads * threads;
        hash(hasher, threads, WARM_UP / threads * threads);
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        long start = System.nanoTime();
        hash(hasher, threads, count);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuMillis = (os.getProcessCpuTime() - cpuBefore) / 1e6;
        System.out.println(String.format(Locale.ROOT, "%.3f %.3f", count / seconds, cpuMillis / count));
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
