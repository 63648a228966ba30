package dev.roster.web;

import dev.roster.problems.Problems;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rules every request and response of Roster passes, in one place, before any page or
 * resource sees the request:
 * <ul>
 * <li><b>Headers</b> on every answer (API, pages, static files, error pages), as
 * {@link SecurityHeaders} decides them; version banners ({@code X-Powered-By}, {@code Server})
 * are dropped whoever sets them.</li>
 * <li><b>Cross-site requests</b>: an API call that changes state ({@code POST}, {@code PUT},
 * {@code PATCH}, {@code DELETE}) and is authenticated by the session cookie alone must say it
 * comes from Roster's own pages, by a same-origin {@code Origin} or an {@code X-Requested-With}
 * header (which no other site can make a browser send without a CORS preflight, and Roster
 * allows none); otherwise 403. Bearer tokens and API keys are not sent by browsers on their
 * own, so such calls need neither.</li>
 * <li><b>Body size</b>: a body over {@code roster.max-body-bytes} (1 MiB by default) is refused
 * with 413, whether announced by {@code Content-Length} or streamed in chunks; API bodies are
 * read here, up to the limit, before any resource sees them. The exceptions are the users' CSV
 * import ({@link #STREAMED_BODY_PATH}, up to 5 MiB), which its resource reads as a stream and
 * limits as it reads, and the same file uploaded on the users page ({@link #UPLOAD_MAX}).</li>
 * </ul>
 */
@WebFilter(filterName = "SecurityFilter", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD, DispatcherType.ASYNC})
public class SecurityFilter extends HttpFilter {

    static final String SESSION_COOKIE = "roster_session";
    static final String CROSS_SITE = "Cross-site request refused: a call authenticated by the session cookie that changes data "
            + "needs an Origin header of this site or an X-Requested-With header (or use a bearer token)";

    private static final String API = "/api/";
    /** The one body that its resource reads as a stream, with this limit checked as it reads: the users' CSV import. */
    public static final String STREAMED_BODY_PATH = "/api/v1/auth/users/import";
    public static final int STREAMED_BODY_MAX = 5 * 1024 * 1024;
    /** The users page's upload of a CSV file to import: the file's limit, and room for the form around it. */
    static final int UPLOAD_MAX = STREAMED_BODY_MAX + 64 * 1024;
    private static final Set<String> UPLOAD_PATHS = Set.of("/admin/users", "/admin/users.xhtml");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> BANNERS = Set.of("x-powered-by", "server");

    @Inject
    @ConfigProperty(name = "roster.max-body-bytes", defaultValue = "1048576")
    long maxBodyBytes;

    @Inject
    TrustedProxies proxies;

    private String contentSecurityPolicy;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        try {
            contentSecurityPolicy = SecurityHeaders.policy(config.getServletContext());
        } catch (IllegalStateException e) {
            throw new ServletException(e.getMessage());
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith(API);
        HttpServletResponse guarded = new Guarded(response);
        SecurityHeaders.add(request, guarded, path, contentSecurityPolicy, proxies.isHttps(request));
        if (request.getDispatcherType() != DispatcherType.REQUEST) {
            pass(chain, request, guarded);
            return;
        }
        boolean streamed = path.equals(STREAMED_BODY_PATH);
        long limit = streamed ? STREAMED_BODY_MAX : isImportUpload(path, request) ? UPLOAD_MAX : maxBodyBytes;
        if (request.getContentLengthLong() > limit) {
            tooLarge(guarded, api, limit);
            return;
        }
        if (hasBody(request) && request.getHeader("Upgrade") != null && !(api && request.getContentLengthLong() >= 0)) {
            // Roster speaks HTTP/1.1 only and ignores an Upgrade header, but the container holds
            // back the end of such a request's body, so reading it to its end would wait until the
            // client gives up. API bodies are read by their Content-Length (below); others are refused.
            guarded.setHeader("Connection", "close");
            refuse(guarded, api, HttpServletResponse.SC_BAD_REQUEST,
                    "Protocol upgrades are not supported; send the request without an Upgrade header");
            return;
        }
        if (api && !isWellEncoded(request.getQueryString())) {
            refuse(guarded, HttpServletResponse.SC_BAD_REQUEST, "The query string is not properly percent-encoded UTF-8");
            return;
        }
        if (api && hasBody(request) && !isSupportedCharset(request.getCharacterEncoding())) {
            refuse(guarded, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "Unsupported charset in Content-Type; send UTF-8");
            return;
        }
        if (api && isCrossSite(request)) {
            refuse(guarded, HttpServletResponse.SC_FORBIDDEN, CROSS_SITE);
            return;
        }
        HttpServletRequest limited = request;
        if (api && hasBody(request) && !streamed) {
            byte[] body = readUpToLimit(request.getInputStream(), request.getContentLengthLong());
            if (body == null) {
                tooLarge(guarded, api, limit);
                return;
            }
            limited = new Buffered(request, body);
        } else if (streamed && request.getContentLengthLong() >= 0) {
            // Read as it comes, but only to its Content-Length: with an Upgrade header the container holds back its end.
            limited = new Buffered(request, new Bounded(request.getInputStream(), request.getContentLengthLong()), request.getContentLengthLong());
        } else if (api && request.getHeader("Upgrade") != null) {
            limited = new Buffered(request, new byte[0]); // none: reading the container's stream would wait for the client
        }
        pass(chain, limited, guarded);
    }

    /** On to the page or resource; the answer to a request that asks to upgrade is held until it is whole. */
    private static void pass(FilterChain chain, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        DispatcherType type = request.getDispatcherType();
        if (request.getHeader("Upgrade") == null || (type != DispatcherType.REQUEST && type != DispatcherType.ERROR)) {
            chain.doFilter(request, response);
            return;
        }
        HeldResponse held = new HeldResponse(response);
        chain.doFilter(request, held);
        held.send();
    }

    private boolean isCrossSite(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod().toUpperCase(java.util.Locale.ROOT))) {
            return false;
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && !authorization.isBlank()) {
            return false; // a bearer token (or any explicit credential) decides, never the cookie
        }
        if (!hasSessionCookie(request) || request.getUserPrincipal() == null) {
            return false; // not authenticated by the cookie: the resource decides (login, setup, or 401)
        }
        if (request.getHeader("X-Requested-With") != null) {
            return false;
        }
        return !isSameOrigin(request);
    }

    private boolean isSameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (proxies.isTrusted(request.getRemoteAddr())) {
            String proto = TrustedProxies.firstValue(request.getHeader("X-Forwarded-Proto"));
            String host = TrustedProxies.firstValue(request.getHeader("X-Forwarded-Host"));
            if (proto != null || host != null) {
                String port = TrustedProxies.firstValue(request.getHeader("X-Forwarded-Port"));
                return SameOrigin.matches(origin, proto != null ? proto : request.getScheme(),
                        host != null ? host : request.getHeader("Host"), port != null && port.matches("\\d{1,5}") ? Integer.parseInt(port) : -1);
            }
        }
        String host = request.getHeader("Host");
        return SameOrigin.matches(origin, request.getScheme(), host != null ? host : request.getServerName(), request.getServerPort());
    }

    /** Whether every {@code %} starts an escape of two hex digits, and the escapes decode to UTF-8. */
    static boolean isWellEncoded(String raw) {
        if (raw == null || raw.indexOf('%') < 0) {
            return true;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0 || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    return false;
                }
                bytes.write(Integer.parseInt(raw, i + 1, i + 3, 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private static boolean isSupportedCharset(String name) {
        try {
            return name == null || Charset.isSupported(name);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A form with a file posted to the users page, whose import reads the file (up to {@link #STREAMED_BODY_MAX}). */
    private static boolean isImportUpload(String path, HttpServletRequest request) {
        String type = request.getContentType();
        return UPLOAD_PATHS.contains(path) && type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
    }

    private static boolean hasSessionCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (SESSION_COOKIE.equals(cookie.getName()) && !cookie.getValue().isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    /**
     * The body, or null when it grows past the limit. With a {@code Content-Length} (already
     * checked against the limit) exactly that many bytes are read, without waiting for the end of
     * the stream (a shorter body reaches the resource as the broken document it is).
     */
    private byte[] readUpToLimit(InputStream in, long contentLength) throws IOException {
        if (contentLength >= 0) {
            return in.readNBytes((int) contentLength);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n; (n = in.read(buffer)) != -1; ) {
            total += n;
            if (total > maxBodyBytes) {
                return null;
            }
            body.write(buffer, 0, n);
        }
        return body.toByteArray();
    }

    private static void tooLarge(HttpServletResponse response, boolean api, long limit) throws IOException {
        refuse(response, api, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                "The request body is larger than the limit of " + limit + " bytes");
    }

    /** A problem for the API, the container's plain error page elsewhere. */
    private static void refuse(HttpServletResponse response, boolean api, int status, String detail) throws IOException {
        if (api) {
            refuse(response, status, detail);
        } else {
            response.sendError(status);
        }
    }

    private static void refuse(HttpServletResponse response, int status, String detail) throws IOException {
        Problems.write(response, status, detail);
    }

    /** A response that never carries a version banner, and where a page's own policy replaces the default one. */
    private static final class Guarded extends HttpServletResponseWrapper {

        Guarded(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!isBanner(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (SecurityHeaders.CONTENT_SECURITY_POLICY.equalsIgnoreCase(name)) {
                super.setHeader(name, value); // two policies would both be enforced: the page's, with its nonce, wins
            } else if (!isBanner(name)) {
                super.addHeader(name, value);
            }
        }

        private static boolean isBanner(String name) {
            return name != null && BANNERS.contains(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** A request whose body was read here already. */
    private static final class Buffered extends HttpServletRequestWrapper {

        private final long length;
        private final ServletInputStream stream;

        Buffered(HttpServletRequest request, byte[] body) {
            this(request, new ByteArrayInputStream(body), body.length);
        }

        /** A body of {@code length} bytes that {@code in} yields as they come. */
        Buffered(HttpServletRequest request, InputStream in, long length) {
            super(request);
            this.length = length;
            this.stream = new BodyStream(in);
        }

        @Override
        public ServletInputStream getInputStream() {
            return stream;
        }

        private static final class BodyStream extends ServletInputStream {

            private final InputStream in;
            private boolean finished;

            BodyStream(InputStream in) {
                this.in = in;
            }

            @Override
            public boolean isFinished() {
                return finished;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new IllegalStateException("The body was read already");
            }

            @Override
            public int read() throws IOException {
                int b = in.read();
                finished = b < 0;
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = in.read(b, off, len);
                finished = n < 0;
                return n;
            }
        }

        @Override
        public BufferedReader getReader() {
            Charset charset = StandardCharsets.UTF_8;
            try {
                if (getCharacterEncoding() != null) {
                    charset = Charset.forName(getCharacterEncoding());
                }
            } catch (IllegalArgumentException e) {
                // an unknown charset in Content-Type: JSON is UTF-8 anyway
            }
            return new BufferedReader(new InputStreamReader(stream, charset));
        }

        @Override
        public int getContentLength() {
            return (int) length;
        }

        @Override
        public long getContentLengthLong() {
            return length;
        }
    }

    /** The first {@code remaining} bytes of a stream, then its end, whether or not the stream ends there. */
    private static final class Bounded extends java.io.FilterInputStream {

        private long remaining;

        Bounded(InputStream in, long length) {
            super(in);
            this.remaining = length;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = super.read();
            remaining = b < 0 ? 0 : remaining - 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = super.read(buffer, offset, (int) Math.min(length, remaining));
            remaining = n < 0 ? 0 : remaining - n;
            return n;
        }
    }
}
