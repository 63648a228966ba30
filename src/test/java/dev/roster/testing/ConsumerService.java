package dev.roster.testing;

import dev.roster.consumer.ConsumerApplication;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * A second Payara Micro on this machine running the consumer WAR (test sources only), set
 * up the way another team would: standard MicroProfile JWT configuration pointing at
 * Roster's JWKS and issuer. Started by a test, stopped by {@link #close()}.
 */
public final class ConsumerService implements AutoCloseable {

    private final Process process;
    private final URI base;

    private ConsumerService(Process process, URI base) {
        this.process = process;
        this.base = base;
    }

    public static ConsumerService start(URI rosterJwks, String issuer) throws Exception {
        File war = new File("target/consumer.war");
        File log = new File("target/consumer.log");
        ShrinkWrap.create(WebArchive.class, "consumer.war")
                .addPackage(ConsumerApplication.class.getPackage())
                // Payara's MP-JWT needs bean discovery "all" (an empty beans.xml means "annotated" since CDI 4).
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\""
                        + " bean-discovery-mode=\"all\"/>"), "beans.xml")
                .as(ZipExporter.class).exportTo(war, true);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(List.of(java, "-Xmx256m", "-XX:+UseSerialGC",
                "-Dmp.jwt.verify.publickey.location=" + rosterJwks,
                "-Dmp.jwt.verify.issuer=" + issuer,
                "-jar", System.getProperty("roster.it.micro.jar", "target/payara-micro.jar"),
                "--deploy", war.getAbsolutePath(), "--contextroot", "consumer", "--port", Integer.toString(port), "--nohazelcast",
                "--rootdir", new File("target/consumer-root").getAbsolutePath()))
                .redirectErrorStream(true)
                .redirectOutput(log)
                .start();
        ConsumerService service = new ConsumerService(process, URI.create("http://127.0.0.1:" + port + "/consumer/"));
        service.awaitDeployed(log);
        return service;
    }

    public URI base() {
        return base;
    }

    /**
     * Deployed once Payara Micro reports itself ready (an anonymous call may be refused with
     * 401 before the application has started) and then refuses an anonymous call.
     */
    private void awaitDeployed(File log) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(); // no h2c upgrade while booting
        HttpRequest probe = HttpRequest.newBuilder(base.resolve("whoami")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (Files.readString(log.toPath()).contains("ready in")
                        && http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 401) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("The consumer service did not come up; see " + log);
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
