package dev.roster.kernel;

import dev.roster.problems.ErrorPage;
import dev.roster.web.TrustedProxies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Optional;

/**
 * The one answer to "who am I, what may I do" for this request, in Java and in EL
 * ({@code #{currentUser.admin}}). Filled by the authentication module ({@code sessions.control.RosterAuthModule}); empty for
 * an anonymous request.
 *
 * <p>The caller travels as an attribute of the request, and this bean only reads it: one
 * instance for the application, because Payara's injection work for each new request-scoped
 * instance cost about 4 % of the CPU of an authenticated read.
 */
@Named
@ApplicationScoped
public class CurrentUser {

    /** The request attribute that carries the caller (Jersey sees it as a request property). */
    public static final String ATTRIBUTE = Caller.class.getName();

    @Inject
    HttpServletRequest request;

    @Inject
    TrustedProxies proxies;

    /** Makes {@code caller} this request's caller; only for the authentication module, before the request runs. */
    public static void set(HttpServletRequest request, Caller caller) {
        request.setAttribute(ATTRIBUTE, caller);
        request.setAttribute(ErrorPage.THEME, caller.theme());
    }

    public Optional<Caller> caller() {
        return Optional.ofNullable(current());
    }

    private Caller current() {
        return (Caller) request.getAttribute(ATTRIBUTE);
    }

    /** The caller; only for code that runs behind a role check. */
    public Caller get() {
        Caller caller = current();
        if (caller == null) {
            throw new IllegalStateException("No authenticated caller in this request");
        }
        return caller;
    }

    /** The caller of a JAX-RS request, or null when it has none. */
    public static Caller of(ContainerRequestContext request) {
        // Jersey keeps a request's properties as the servlet request's attributes.
        return (Caller) request.getProperty(ATTRIBUTE);
    }

    /** Who acts in this request, for the rules about one's own account and for the audit log: the caller, or an anonymous client. */
    public Actor actor() {
        String address = proxies.clientAddress(request);
        Caller caller = current();
        return caller == null ? Actor.anonymous(address) : Actor.user(caller.userId(), caller.email(), caller.sessionId(), address);
    }

    public boolean isLoggedIn() {
        return current() != null;
    }

    public boolean isAdmin() {
        Caller caller = current();
        return caller != null && caller.admin();
    }

    public String getEmail() {
        Caller caller = current();
        return caller == null ? null : caller.email();
    }

    /** How the pages name the caller: their display name, or their email when they have none. */
    public String getName() {
        Caller caller = current();
        if (caller == null) {
            return null;
        }
        return caller.displayName() == null || caller.displayName().isBlank() ? caller.email() : caller.displayName();
    }

    /** The PrimeFaces theme of the caller's chosen scheme ({@code primefaces.THEME} in web.xml); light when anonymous. */
    public String getTheme() {
        return isDark() ? "vela-blue" : "saga-blue";
    }

    public boolean isDark() {
        Caller caller = current();
        return caller != null && "dark".equals(caller.theme());
    }
}
