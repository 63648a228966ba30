package dev.roster.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LeftoverServersTest {

    @Test
    void aServerThatIgnoresTheFirstSignalIsKilledAfterTheGrace() throws Exception {
        // SIGTERM ignored by the shell is ignored by what it becomes, too.
        assertEndedBy("trap '' TERM; echo ready; exec sleep 60", Duration.ofMillis(300), 128 + 9);
    }

    @Test
    void aServerThatHeedsTheSignalEndsWithIt() throws Exception {
        assertEndedBy("echo ready; exec sleep 60", Duration.ofSeconds(5), 128 + 15);
    }

    @Test
    void aServerThatHasEndedIsLeftAlone() throws Exception {
        Process ended = started("echo ready");
        assertTrue(ended.waitFor(5, TimeUnit.SECONDS));
        assertEquals(0, LeftoverServers.end(List.of(ended.toHandle()), Duration.ofSeconds(5)));
    }

    @Test
    void theServersAreThisJvmsPayaraMicroProcesses() throws Exception {
        // The shell's own command line names the jar, as a Payara Micro server's does; the "; true" keeps the shell alive.
        Process server = new ProcessBuilder("bash", "-c", "echo ready; sleep 60; true", "payara-micro.jar").start();
        Process other = started("echo ready; sleep 60; true");
        try {
            awaitReady(server);
            List<Long> servers = LeftoverServers.servers().stream().map(ProcessHandle::pid).toList();
            assertTrue(servers.contains(server.pid()), servers::toString);
            assertFalse(servers.contains(other.pid()), servers::toString);
        } finally {
            server.destroyForcibly();
            other.destroyForcibly();
        }
    }

    /** A shell running {@code script} is ended with {@code grace} and exits with {@code exitValue} (128 + the signal). */
    private static void assertEndedBy(String script, Duration grace, int exitValue) throws Exception {
        Process server = started(script);
        assertEquals(1, LeftoverServers.end(List.of(server.toHandle()), grace));
        assertTrue(server.waitFor(5, TimeUnit.SECONDS));
        assertEquals(exitValue, server.exitValue());
    }

    /** A shell running {@code script}, once it has printed "ready" (so that its traps are set). */
    private static Process started(String script) throws IOException {
        Process process = new ProcessBuilder("bash", "-c", script).start();
        awaitReady(process);
        return process;
    }

    private static void awaitReady(Process process) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("ready", out.readLine());
    }
}
