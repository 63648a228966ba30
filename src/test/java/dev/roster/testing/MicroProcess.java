package dev.roster.testing;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Payara Micro that a test starts as a process of its own (another Roster node, the consumer
 * service): a free port, its log, a wait until it answers, and stopping it.
 */
final class MicroProcess implements AutoCloseable {

    /** Probes while it boots: HTTP/1.1, so that no h2c upgrade is offered to a server still starting. */
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** What tells that the process is ready; an {@link IOException} means not listening yet. */
    interface Probe {
        boolean ready() throws IOException, InterruptedException;
    }

    private final Process process;
    private final File log;

    private MicroProcess(Process process, File log) {
        this.process = process;
        this.log = log;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static MicroProcess start(List<String> command, File log) throws IOException {
        return new MicroProcess(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start(), log);
    }

    File log() {
        return log;
    }

    /** Waits up to two minutes for the probe; stops the process and fails when it does not come. */
    void await(Probe probe, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (probe.ready()) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(300);
        }
        close();
        throw new IllegalStateException(what + " did not come up; see " + log);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
