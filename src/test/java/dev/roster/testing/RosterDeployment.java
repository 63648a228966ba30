package dev.roster.testing;

import java.io.File;
import java.net.URI;
import java.net.URL;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every integration test uses: the WAR this build just made, unchanged,
 * on Payara Micro (Arquillian starts one per test class, so classes group many tests).
 */
public final class RosterDeployment {

    private RosterDeployment() {
    }

    public static WebArchive war() {
        File war = new File(System.getProperty("roster.war", "target/roster.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /**
     * The API's base on the loopback interface. Arquillian reports the host's own address;
     * tests talk to 127.0.0.1 only.
     */
    public static URI apiBase(URL deployment) {
        String path = deployment.getPath().endsWith("/") ? deployment.getPath() : deployment.getPath() + "/";
        return URI.create("http://127.0.0.1:" + deployment.getPort() + path + "api/v1/");
    }

    public static URI root(URL deployment) {
        return URI.create("http://127.0.0.1:" + deployment.getPort() + "/");
    }
}
