package dev.roster.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * How fast the run command's server comes up, and how much memory it holds: the launcher
 * behind {@code mvn -Prun package} (embedded MariaDB, then Payara Micro with the WAR) is
 * started on a fresh data directory, stopped, and started again on the same one ("after the
 * first run"); each time from process start to {@code Roster is ready}. Stopping must leave
 * no MariaDB or Payara behind. Not a test: {@code mvn -Pbench verify} runs it and writes
 * {@code target/bench/boot.md} and {@code .json}.
 */
class BootBench {

    static final long READY_WITHIN_SECONDS = 240;

    @Test
    void bootToReadyAndMemory() throws Exception {
        Path data = Path.of("target", "bench-boot-data").toAbsolutePath();
        Path root = Path.of("target", "bench-boot-payara").toAbsolutePath();
        deleteTree(data);
        Report report = new Report("boot");
        report.note("launcher: dev.roster.devserver.DevServer, as mvn -Prun package starts it; JVM options: "
                + System.getProperty("bench.jvm.options"));
        for (int run = 1; run <= 3; run++) {
            Boot boot = boot(data, root);
            String which = run == 1 ? "first run (fresh data directory)" : "run " + run + " (existing data)";
            // CPU time to ready says what the boot costs even while other processes slow the wall clock.
            report.note(String.format(Locale.ROOT, "%s: ready after %.1f s; Payara used %.1f s of CPU by then; Payara RSS %.0f MiB", which,
                    boot.seconds(), boot.cpuSeconds(), boot.rssMiB()));
            if (run > 1) {
                report.target("boot to ready, " + which, "< 20 s", String.format(Locale.ROOT, "%.1f s (%+.1f s)", boot.seconds(), boot.seconds() - 20),
                        boot.seconds() < 20);
            }
        }
        report.note("why a missed target is missed, and what would close it: src/bench/README.md");
        report.write();
    }

    record Boot(double seconds, double rssMiB, double cpuSeconds) {
    }

    private static Boot boot(Path data, Path root) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx96m", "-cp", System.getProperty("surefire.test.class.path"),
                "dev.roster.devserver.DevServer",
                "--war=" + System.getProperty("roster.war"),
                "--payara-micro=" + System.getProperty("roster.it.micro.jar"),
                "--mariadb-base=" + System.getProperty("bench.mariadb.base"),
                "--pre-boot=" + System.getProperty("bench.pre.boot"),
                "--payara-root=" + root,
                "--jvm-options=" + System.getProperty("bench.jvm.options")))
                .redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("ROSTER_"));
        env.put("ROSTER_PORT", Integer.toString(port));
        env.put("ROSTER_DATA_DIR", data.toString());
        long start = System.nanoTime();
        Process launcher = builder.start();
        File log = new File("target/bench/boot-" + port + ".log");
        log.getParentFile().mkdirs();
        double seconds = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8));
             var copy = Files.newBufferedWriter(log.toPath())) {
            long deadline = start + TimeUnit.SECONDS.toNanos(READY_WITHIN_SECONDS);
            String line;
            while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
                copy.write(line);
                copy.newLine();
                if (line.startsWith("Roster is ready at")) {
                    seconds = (System.nanoTime() - start) / 1e9;
                    break;
                }
            }
            assertTrue(seconds > 0, "Roster did not become ready; see " + log);
            ServerProcess payara = ServerProcess.find("--rootdir " + root);
            double rss = payara.rssMiB();
            double cpu = payara.cpuSeconds();
            // Drain the rest of the output while stopping, so the launcher never blocks on a full pipe.
            Thread drain = new Thread(() -> {
                try {
                    while (out.readLine() != null) {
                        // discard
                    }
                } catch (IOException e) {
                    // the process is gone
                }
            });
            drain.setDaemon(true);
            drain.start();
            launcher.destroy();
            assertTrue(launcher.waitFor(60, TimeUnit.SECONDS), "the launcher stops on SIGTERM");
            assertFalse(running(data.toString()), "no MariaDB left holding the data directory");
            assertFalse(running(root.toString()), "no Payara left");
            return new Boot(seconds, rss, cpu);
        } finally {
            launcher.destroyForcibly();
        }
    }

    private static boolean running(String marker) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            boolean any = ProcessHandle.allProcesses().anyMatch(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false));
            if (!any) {
                return false;
            }
            Thread.sleep(250);
        }
        return true;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
