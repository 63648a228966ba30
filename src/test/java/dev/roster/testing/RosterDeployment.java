package dev.roster.testing;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every integration test uses: the WAR this build just made, unchanged,
 * on Payara Micro (Arquillian starts one per test class, so classes group many tests).
 */
public final class RosterDeployment {

    private static final Set<Integer> READY = ConcurrentHashMap.newKeySet();

    private RosterDeployment() {
    }

    public static WebArchive war() {
        LeftoverServers.endAtExit();
        File war = new File(System.getProperty("roster.war", "target/roster.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /**
     * The API's base on the loopback interface, once the deployment reports ready.
     * Arquillian reports the host's own address; tests talk to 127.0.0.1 only.
     */
    public static URI apiBase(URL deployment) {
        awaitReady(deployment.getPort());
        String path = deployment.getPath().endsWith("/") ? deployment.getPath() : deployment.getPath() + "/";
        return URI.create("http://127.0.0.1:" + deployment.getPort() + path + "api/v1/");
    }

    private static void awaitReady(int port) {
        if (READY.contains(port)) {
            return;
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(); // no h2c upgrade while booting
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    READY.add(port);
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Roster on port " + port + " did not become ready within 60 s");
    }

    /** The pages' base (the deployment's context root) on the loopback interface, once the deployment reports ready. */
    public static URI pages(URL deployment) {
        return apiBase(deployment).resolve("../../");
    }

    public static URI root(URL deployment) {
        return URI.create("http://127.0.0.1:" + deployment.getPort() + "/");
    }
}
