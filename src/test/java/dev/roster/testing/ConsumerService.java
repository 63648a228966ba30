package dev.roster.testing;

import dev.roster.consumer.ConsumerApplication;
import java.io.File;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
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

    private final MicroProcess process;
    private final URI base;

    private ConsumerService(MicroProcess process, URI base) {
        this.process = process;
        this.base = base;
    }

    public static ConsumerService start(URI rosterJwks, String issuer) throws Exception {
        File war = new File("target/consumer.war");
        ShrinkWrap.create(WebArchive.class, "consumer.war")
                .addPackage(ConsumerApplication.class.getPackage())
                // Payara's MP-JWT needs bean discovery "all" (an empty beans.xml means "annotated" since CDI 4).
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\""
                        + " bean-discovery-mode=\"all\"/>"), "beans.xml")
                .as(ZipExporter.class).exportTo(war, true);
        int port = MicroProcess.freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        MicroProcess process = MicroProcess.start(List.of(java, "-Xmx256m", "-XX:+UseSerialGC",
                "-Dmp.jwt.verify.publickey.location=" + rosterJwks,
                "-Dmp.jwt.verify.issuer=" + issuer,
                "-jar", System.getProperty("roster.it.micro.jar", "target/payara-micro.jar"),
                "--deploy", war.getAbsolutePath(), "--contextroot", "consumer", "--port", Integer.toString(port), "--nohazelcast",
                "--rootdir", new File("target/consumer-root").getAbsolutePath()), new File("target/consumer.log"));
        URI base = URI.create("http://127.0.0.1:" + port + "/consumer/");
        // Deployed once Payara Micro reports itself ready (an anonymous call may be refused with
        // 401 before the application has started) and then refuses an anonymous call.
        HttpRequest probe = HttpRequest.newBuilder(base.resolve("whoami")).timeout(Duration.ofSeconds(5)).build();
        process.await(() -> Files.readString(process.log().toPath()).contains("ready in")
                && MicroProcess.HTTP.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 401, "The consumer service");
        return new ConsumerService(process, base);
    }

    public URI base() {
        return base;
    }

    @Override
    public void close() {
        process.close();
    }
}
