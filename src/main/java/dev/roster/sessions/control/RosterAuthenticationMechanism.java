package dev.roster.sessions.control;

import dev.roster.sessions.boundary.AuthService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Roster's one way in, for API clients and browser pages alike: a token in
 * {@code Authorization: Bearer} or in the session cookie. A token that checks out (signature,
 * expiry, live session, active user) makes the request run as that user with the roles the
 * database gives them now. Anything else leaves the request anonymous, and whatever it asks
 * for that needs a role is refused with 401.
 */
@ApplicationScoped
public class RosterAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";

    @Inject
    AuthService auth;

    @Inject
    CurrentUser currentUser;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String token = presentedToken(request);
        if (token == null) {
            return context.doNothing();
        }
        return auth.authenticate(token)
                .map(caller -> {
                    currentUser.set(caller);
                    return context.notifyContainerAboutLogin(new RosterPrincipal(caller), java.util.Set.copyOf(caller.groups()));
                })
                .orElseGet(context::doNothing);
    }

    /** The bearer token if the request has one, else the session cookie's. */
    static String presentedToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            String token = header.substring(BEARER.length()).strip();
            return token.isEmpty() ? null : token;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (SessionCookie.NAME.equals(cookie.getName()) && !cookie.getValue().isEmpty()) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }
}
