package dev.roster.testing;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ends the Payara Micro servers a test JVM started that outlive it. Arquillian's Payara Micro
 * container stops a server with one SIGTERM and does not wait for it: on 2026-11-29 one server
 * of a {@code mvn verify} run was still running an hour later, its test database long gone.
 * When the test JVM exits, each server it started that is still alive gets SIGTERM again, and
 * SIGKILL if it has not ended after {@link #GRACE}.
 */
final class LeftoverServers {

    static final Duration GRACE = Duration.ofSeconds(10);
    private static final AtomicBoolean INSTALLED = new AtomicBoolean();

    private LeftoverServers() {
    }

    /** Installs the check for this JVM's exit, once. */
    static void endAtExit() {
        if (INSTALLED.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> end(servers(), GRACE), "leftover-servers"));
        }
    }

    /** The Payara Micro processes this JVM started, directly or through a launcher, that are still there. */
    static List<ProcessHandle> servers() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().map(line -> line.contains("payara-micro.jar")).orElse(false))
                .toList();
    }

    /** Ends the processes that are alive: SIGTERM, then SIGKILL after {@code grace}. Returns how many were alive. */
    static int end(List<ProcessHandle> processes, Duration grace) {
        List<ProcessHandle> alive = processes.stream().filter(ProcessHandle::isAlive).toList();
        for (ProcessHandle process : alive) {
            System.err.println("Payara Micro (pid " + process.pid() + ") outlived its tests; ending it");
            process.destroy();
        }
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle process : alive) {
            try {
                process.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException | ExecutionException e) {
                process.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        return alive.size();
    }
}
