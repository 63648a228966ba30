package dev.roster.sessions.control;

import dev.roster.kernel.Caller;
import dev.roster.kernel.CurrentUser;
import dev.roster.problems.DatabaseOutage;
import dev.roster.problems.ErrorPage;
import dev.roster.problems.Problems;
import dev.roster.sessions.boundary.AuthService;
import dev.roster.web.SecurityHeaders;
import dev.roster.web.TrustedProxies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.MessagePolicy;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.security.auth.message.module.ServerAuthModule;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * Roster's one way in, for API clients and browser pages alike: a token in
 * {@code Authorization: Bearer} or in the session cookie. A token that checks out (signature,
 * expiry, live session, active user) makes the request run as that user with the roles the
 * database gives them now. Anything else leaves the request anonymous: the API refuses
 * whatever needs a role with 401, and a page that needs one (web.xml's constraints) sends
 * the browser to the login page, which brings it back afterwards. A session whose user must
 * first change their password or enrol in two-factor sign-in is limited to that
 * ({@link LimitedAccess}).
 *
 * <p>A Jakarta Authentication module that the application installs for itself
 * ({@link Installation}). A Jakarta Security mechanism would do the same work behind Soteria's
 * bridge, which looks the mechanism up through JNDI twice per request, each time with a new
 * {@code InitialContext} and a {@code NamingException} built in advance. Without the bridge an
 * authenticated read cost Payara 0.21 ms of CPU instead of 0.27, and a stylesheet 0.055 ms
 * instead of 0.093 ({@code wrk -c8}, 2026-11-29).
 */
@ApplicationScoped
public class RosterAuthModule implements ServerAuthModule {

    private static final String BEARER = "Bearer ";
    private static final Class<?>[] MESSAGE_TYPES = {HttpServletRequest.class, HttpServletResponse.class};
    /** Set by the container to "true" for a request to a resource under web.xml's security constraints. */
    private static final String PROTECTED = "jakarta.security.auth.message.MessagePolicy.isMandatory";

    @Inject
    Callers callers;

    @Inject
    AuthService auth;

    @Inject
    TrustedProxies proxies;

    /** The container's handler, which takes the caller and their groups; one for the application. */
    private volatile CallbackHandler handler;

    @Override
    public void initialize(MessagePolicy requestPolicy, MessagePolicy responsePolicy, CallbackHandler handler,
                           @SuppressWarnings("rawtypes") Map options) {
        this.handler = handler;
    }

    @Override
    public Class<?>[] getSupportedMessageTypes() {
        return MESSAGE_TYPES.clone();
    }

    @Override
    public AuthStatus validateRequest(MessageInfo message, Subject client, Subject service) throws AuthException {
        HttpServletRequest request = (HttpServletRequest) message.getRequestMessage();
        HttpServletResponse response = (HttpServletResponse) message.getResponseMessage();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (PageLinks.isStaticResource(path)) {
            // Stylesheets, scripts and images are the same for everyone; the browser sends the
            // cookie with each, and checking it would cost a database look-up per file.
            return anonymous(client);
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
        if (caller.isPresent() && caller.get().isLimited()
                && !LimitedAccess.allows(caller.get().requiredActions(), request.getMethod(), path)) {
            return limited(request, response, path, caller.get());
        }
        if (caller.isPresent()) {
            CurrentUser.set(request, caller.get());
            return as(client, new RosterPrincipal(caller.get()), caller.get().roles().toArray(String[]::new));
        }
        if ("true".equals(message.getMap().get(PROTECTED)) && PageLinks.needsLogin(path)) {
            // A page of web.xml's constraints. The API's resources keep answering 401 themselves: Payara reports
            // every request as protected once web.xml has constraints, so the path decides, not the flag alone.
            boolean expired = token != null;
            if (expired) {
                SessionCookie.clear(request, response, proxies.isHttps(request));
            }
            return redirect(request, response, path, PageLinks.login(request, expired));
        }
        return anonymous(client);
    }

    @Override
    public AuthStatus secureResponse(MessageInfo message, Subject service) {
        return AuthStatus.SEND_SUCCESS;
    }

    @Override
    public void cleanSubject(MessageInfo message, Subject subject) {
        if (subject != null) {
            subject.getPrincipals().clear();
        }
    }

    /** The request runs as {@code principal}, with {@code groups} as its roles (glassfish-web.xml maps them one to one). */
    private AuthStatus as(Subject client, Principal principal, String[] groups) throws AuthException {
        tell(new CallerPrincipalCallback(client, principal), new GroupPrincipalCallback(client, groups));
        return AuthStatus.SUCCESS;
    }

    /** The request runs without a caller; whatever needs a role refuses it. */
    private AuthStatus anonymous(Subject client) throws AuthException {
        tell(new CallerPrincipalCallback(client, (String) null));
        return AuthStatus.SUCCESS;
    }

    private void tell(Callback... callbacks) throws AuthException {
        try {
            handler.handle(callbacks);
        } catch (IOException | UnsupportedCallbackException e) {
            throw (AuthException) new AuthException("The container refused the caller").initCause(e);
        }
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
    private AuthStatus unavailable(HttpServletRequest request, HttpServletResponse response, String path) {
        withHeaders(request, response, path);
        try {
            ErrorPage.answer(request, response, path, HttpServletResponse.SC_SERVICE_UNAVAILABLE, DatabaseOutage.DETAIL);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthStatus.SEND_CONTINUE;
    }

    /**
     * A request of a limited session beyond what it may do ({@link LimitedAccess}): 403 with the
     * outstanding action for the API; a page sends the browser to do the action, then back.
     */
    private AuthStatus limited(HttpServletRequest request, HttpServletResponse response, String path, Caller caller) {
        if (!path.startsWith("/api/")) {
            return redirect(request, response, path, PageLinks.accountSetup(request));
        }
        withHeaders(request, response, path);
        try {
            Problems.write(response, HttpServletResponse.SC_FORBIDDEN, LimitedAccess.refusal(caller.requiredActions()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthStatus.SEND_CONTINUE;
    }

    /** A redirect, which Faces' Ajax requests only follow when told so in a partial response. */
    private AuthStatus redirect(HttpServletRequest request, HttpServletResponse response, String path, String location) {
        withHeaders(request, response, path);
        if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setStatus(HttpServletResponse.SC_FOUND);
            response.setHeader("Location", location);
            return AuthStatus.SEND_CONTINUE;
        }
        try {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + location.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthStatus.SEND_CONTINUE;
    }

    /** What the security filter would have set, on an answer written before any filter runs. */
    private void withHeaders(HttpServletRequest request, HttpServletResponse response, String path) {
        SecurityHeaders.add(request, response, path, SecurityHeaders.policy(request.getServletContext()), proxies.isHttps(request));
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

    /** Installs the module for this application when it starts, and removes it when it stops. */
    @WebListener
    public static class Installation implements ServletContextListener {

        @Inject
        RosterAuthModule module;

        @Override
        public void contextInitialized(ServletContextEvent event) {
            AuthConfigFactory.getFactory().registerServerAuthModule(module, event.getServletContext());
        }

        @Override
        public void contextDestroyed(ServletContextEvent event) {
            AuthConfigFactory.getFactory().removeServerAuthModule(event.getServletContext());
        }
    }
}
