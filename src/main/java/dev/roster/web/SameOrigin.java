package dev.roster.web;

import java.net.URI;
import java.util.Locale;

/**
 * Whether a request's {@code Origin} header names the site the request was sent to. The site is
 * the request's own scheme, host and port, or, when a trusted proxy forwarded it, what the proxy
 * says the client asked for ({@code X-Forwarded-Proto}, {@code X-Forwarded-Host},
 * {@code X-Forwarded-Port}). An absent, opaque ({@code null}) or unparseable origin is never
 * the same.
 */
public final class SameOrigin {

    private SameOrigin() {
    }

    /**
     * @param origin the {@code Origin} header, may be null
     * @param scheme the scheme the client used ({@code http} or {@code https})
     * @param host   the host the client asked for, possibly with {@code :port}
     * @param port   the port when {@code host} has none
     */
    public static boolean matches(String origin, String scheme, String host, int port) {
        if (origin == null || scheme == null || host == null || host.isBlank()) {
            return false;
        }
        URI o;
        try {
            o = new URI(origin.strip());
        } catch (java.net.URISyntaxException e) {
            return false;
        }
        if (o.getScheme() == null || o.getHost() == null || o.getRawPath() != null && !o.getRawPath().isEmpty()
                || o.getRawQuery() != null || o.getRawUserInfo() != null) {
            return false;
        }
        URI site;
        try {
            site = new URI(scheme + "://" + host.strip());
        } catch (java.net.URISyntaxException e) {
            return false;
        }
        if (site.getHost() == null) {
            return false;
        }
        int sitePort = site.getPort() != -1 ? site.getPort() : port;
        return o.getScheme().equalsIgnoreCase(scheme)
                && o.getHost().toLowerCase(Locale.ROOT).equals(site.getHost().toLowerCase(Locale.ROOT))
                && effectivePort(o.getScheme(), o.getPort()) == effectivePort(scheme, sitePort);
    }

    private static int effectivePort(String scheme, int port) {
        if (port > 0) {
            return port;
        }
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}
