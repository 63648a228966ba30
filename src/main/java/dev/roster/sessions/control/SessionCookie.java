package dev.roster.sessions.control;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The browser's copy of the session token: HttpOnly (scripts cannot read it), SameSite=Strict
 * (other sites cannot make the browser send it), Secure when the client came over HTTPS (also
 * through a trusted proxy that terminated TLS: {@code TrustedProxies#isHttps}), scoped to
 * Roster's context path. With "remember me" it lasts as long as the session, else until the
 * browser closes. The API's login and the login page set it alike.
 */
public final class SessionCookie {

    public static final String NAME = "roster_session";

    private SessionCookie() {
    }

    public static void issue(HttpServletRequest request, HttpServletResponse response, boolean https, String token, long maxAgeSeconds,
                             boolean persistent) {
        Cookie cookie = base(request, https, token);
        cookie.setMaxAge(persistent ? (int) maxAgeSeconds : -1);
        response.addCookie(cookie);
    }

    public static void clear(HttpServletRequest request, HttpServletResponse response, boolean https) {
        Cookie cookie = base(request, https, "");
        cookie.setMaxAge(0);
        response.addCookie(cookie);
    }

    private static Cookie base(HttpServletRequest request, boolean https, String value) {
        Cookie cookie = new Cookie(NAME, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(https);
        cookie.setAttribute("SameSite", "Strict");
        return cookie;
    }
}
