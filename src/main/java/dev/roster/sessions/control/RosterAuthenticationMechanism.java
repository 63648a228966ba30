package dev.roster.sessions.control;

import dev.roster.platform.TrustedProxies;
import dev.roster.problems.DatabaseOutage;
import dev.roster.problems.ErrorPage;
import dev.roster.sessions.boundary.AuthService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Roster's one way in, for API clients and browser pages alike: a token in
 * {@code Authorization: Bearer} or in the session cookie. A token that checks out (signature,
 * expiry, live session, active user) makes the request run as that user with the roles the
 * database gives them now. Anything else leaves the request anonymous: the API refuses
 * whatever needs a role with 401, and a page that needs one (web.xml's constraints) sends
 * the browser to the login page, which brings it back afterwards.
 */
@ApplicationScoped
public class RosterAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";

    @Inject
    Callers callers;

    @Inject
    AuthService auth;

    @Inject
    TrustedProxies proxies;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (PageLinks.isStaticResource(path)) {
            // Stylesheets, scripts and images are the same for everyone; the browser sends the
            // cookie with each, and checking it would cost a database look-up per file.
            return context.doNothing();
        }
        String token = presentedToken(request);
        Optional<Caller> caller;
        try {
            caller = token == null ? Optional.empty() : authenticate(token);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isCause(e)) {
                throw e;
            }
            // No resource runs yet to have the failure mapped: the answer is written here, the same one it would give.
            return unavailable(request, response, path);
        }
        if (caller.isPresent()) {
            CurrentUser.set(request, caller.get());
            return context.notifyContainerAboutLogin(new RosterPrincipal(caller.get()), Set.copyOf(caller.get().groups()));
        }
        if (context.isProtected() && PageLinks.needsLogin(path)) {
            // A page of web.xml's constraints. The API's resources keep answering 401 themselves: Payara reports
            // every request as protected once web.xml has constraints, so the path decides, not the flag alone.
            boolean expired = token != null;
            if (expired) {
                SessionCookie.clear(request, response, proxies.isHttps(request));
            }
            return toLogin(request, response, context, PageLinks.login(request, expired));
        }
        return context.doNothing();
    }

    /** The caller the token stands for, with their activity stored when it is due (at most once a minute). */
    private Optional<Caller> authenticate(String token) {
        Instant now = Instant.now();
        Optional<Callers.Resolved> resolved = callers.resolve(token, now);
        resolved.filter(Callers.Resolved::activityDue).map(Callers.Resolved::caller)
                .ifPresent(c -> auth.recordActivity(c.userId(), c.sessionId(), c.apiKeyId(), now));
        return resolved.map(Callers.Resolved::caller);
    }

    /** 503 while the database cannot be reached: a problem for the API, a plain page for the pages. */
    private static AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response, String path) {
        try {
            ErrorPage.answer(request, response, path, HttpServletResponse.SC_SERVICE_UNAVAILABLE, DatabaseOutage.DETAIL);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** A redirect, which Faces' Ajax requests only follow when told so in a partial response. */
    private static AuthenticationStatus toLogin(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context,
                                                String location) {
        if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
            return context.redirect(location);
        }
        try {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + location.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
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
