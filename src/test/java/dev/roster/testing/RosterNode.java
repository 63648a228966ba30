package dev.roster.testing;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One more Roster server, started by a test: the WAR this build made on Payara Micro, with the
 * integration tests' JVM options, pre-boot commands and database, plus the settings the test
 * gives (system properties, as {@code ROSTER_...} environment variables would set them). For
 * what the shared server cannot show: another configuration. Stopped by {@link #close()}.
 */
public final class RosterNode implements AutoCloseable {

    private final MicroProcess process;
    private final URI root;

    private RosterNode(MicroProcess process, URI root) {
        this.process = process;
        this.root = root;
    }

    public static RosterNode start(String name, Map<String, String> settings) throws Exception {
        int port = MicroProcess.freePort();
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(Arrays.asList(System.getProperty("roster.it.jvm.options", "").trim().split("\\s+")));
        command.add("-Droster.db.url=" + System.getProperty("roster.it.db.url"));
        command.add("-Droster.db.user=root");
        command.add("-Droster.db.password=roster");
        command.addAll(Arrays.asList(System.getProperty("roster.it.server.options", "").trim().split("\\s+")));
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", System.getProperty("roster.it.micro.jar", "target/payara-micro.jar"),
                "--deploy", System.getProperty("roster.war", "target/roster.war"), "--contextroot", "/",
                "--port", Integer.toString(port), "--nohazelcast",
                "--rootdir", new File("target/node-" + name + "-root").getAbsolutePath(),
                "--prebootcommandfile", System.getProperty("roster.it.pre.boot", "server-config/pre-boot-commands.asadmin")));
        command.removeIf(String::isEmpty);
        URI root = URI.create("http://127.0.0.1:" + port + "/");
        MicroProcess process = MicroProcess.start(command, new File("target/node-" + name + ".log"));
        process.await(() -> answers(root, "health/ready") && answers(root, "api/v1/auth/status") && answers(root, "login"),
                "A Roster node");
        return new RosterNode(process, root);
    }

    /**
     * Whether the path answers without an error (a page may redirect to set-up). Ready is not
     * enough: the first requests after it may still meet a deployment that is registering its
     * listeners (a 500 from Payara's ConcurrentModificationException, or a 503), so the node is
     * used only once the API and a page have answered too.
     */
    private static boolean answers(URI root, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(root.resolve(path)).timeout(Duration.ofSeconds(5)).build();
        return MicroProcess.HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() < 400;
    }

    /** The API's base, {@code .../api/v1/}. */
    public URI apiBase() {
        return root.resolve("api/v1/");
    }

    /** The pages' base. */
    public URI root() {
        return root;
    }

    @Override
    public void close() {
        process.close();
    }
}
