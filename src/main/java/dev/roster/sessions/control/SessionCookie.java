package dev.roster.sessions.control;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The browser's copy of the session token: HttpOnly (scripts cannot read it), SameSite=Strict
 * (other sites cannot make the browser send it), Secure when served over HTTPS, scoped to
 * Roster's context path. With "remember me" it lasts as long as the session, else until the
 * browser closes. The API's login and the login page set it alike.
 */
public final class SessionCookie {

    public static final String NAME = "roster_session";

    private SessionCookie() {
    }

    public static void issue(HttpServletRequest request, HttpServletResponse response, String token, long maxAgeSeconds, boolean persistent) {
        Cookie cookie = base(request, token);
        cookie.setMaxAge(persistent ? (int) maxAgeSeconds : -1);
        response.addCookie(cookie);
    }

    public static void clear(HttpServletRequest request, HttpServletResponse response) {
        Cookie cookie = base(request, "");
        cookie.setMaxAge(0);
        response.addCookie(cookie);
    }

    private static Cookie base(HttpServletRequest request, String value) {
        Cookie cookie = new Cookie(NAME, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Strict");
        return cookie;
    }
}
