package dev.roster.sessions.control;

import jakarta.ws.rs.core.NewCookie;

/**
 * The browser's copy of the session token: HttpOnly (scripts cannot read it), SameSite=Strict
 * (other sites cannot make the browser send it), Secure when served over HTTPS. It lasts as
 * long as the session with "remember me", else until the browser closes.
 */
public final class SessionCookie {

    public static final String NAME = "roster_session";

    private SessionCookie() {
    }

    public static NewCookie issue(String token, long maxAgeSeconds, boolean persistent, String contextPath, boolean secure) {
        return base(contextPath, secure).value(token).maxAge(persistent ? (int) maxAgeSeconds : NewCookie.DEFAULT_MAX_AGE).build();
    }

    public static NewCookie clear(String contextPath, boolean secure) {
        return base(contextPath, secure).value("").maxAge(0).build();
    }

    private static NewCookie.Builder base(String contextPath, boolean secure) {
        return new NewCookie.Builder(NAME)
                .path(contextPath.isEmpty() ? "/" : contextPath)
                .httpOnly(true)
                .secure(secure)
                .sameSite(NewCookie.SameSite.STRICT);
    }
}
