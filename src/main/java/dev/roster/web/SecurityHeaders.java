package dev.roster.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every answer of Roster carries: set by the {@link SecurityFilter} on everything
 * that reaches the application, and by the authentication module on the answers it writes
 * before any filter runs (a redirect to log in, a 503 while the database is down).
 */
public final class SecurityHeaders {

    static final String CSP_PARAM = "primefaces.CSP_POLICY";
    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

    private SecurityHeaders() {
    }

    /**
     * The Content-Security-Policy of every answer: web.xml's {@code primefaces.CSP_POLICY}, which
     * PrimeFaces replaces on each page with the same policy plus that page's script nonce.
     *
     * @throws IllegalStateException when web.xml lacks it
     */
    public static String policy(ServletContext context) {
        String policy = context.getInitParameter(CSP_PARAM);
        if (policy == null || policy.isBlank()) {
            throw new IllegalStateException("web.xml lacks the context parameter " + CSP_PARAM);
        }
        // PrimeFaces appends its nonce to the policy's last directive; without one, that directive ends here.
        return policy.strip() + ";";
    }

    /**
     * Sets the headers on the answer to {@code request} for {@code path} (within the
     * application); HSTS when the client came over HTTPS. A request framed by
     * {@code Transfer-Encoding} is the last on its connection: the container reads its body by
     * the chunks and silently drops a {@code Content-Length} sent before them (it refuses the
     * pair with 400 only in the other order), so Roster cannot tell the ambiguous request from a
     * plain chunked one, and RFC 9112 §6.1 asks to close the connection after answering it, so
     * that no byte a front end framed otherwise is read as a request of its own.
     */
    public static void add(HttpServletRequest request, HttpServletResponse response, String path, String policy, boolean https) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader(CONTENT_SECURITY_POLICY, policy);
        if (!path.startsWith("/jakarta.faces.resource/")) {
            // Pages show who is logged in and API answers carry personal data: neither belongs in any cache.
            response.setHeader("Cache-Control", "no-store");
        }
        if (https) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (request.getHeader("Transfer-Encoding") != null) {
            response.setHeader("Connection", "close");
        }
    }
}
