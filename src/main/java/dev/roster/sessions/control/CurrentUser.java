package dev.roster.sessions.control;

import dev.roster.platform.TrustedProxies;
import dev.roster.users.control.Actor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The one answer to "who am I, what may I do" for this request, in Java and in EL
 * ({@code #{currentUser.admin}}). Filled by {@link RosterAuthenticationMechanism}; empty for
 * an anonymous request.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    HttpServletRequest request;

    @Inject
    TrustedProxies proxies;

    private Caller caller;

    void set(Caller caller) {
        this.caller = caller;
    }

    public Optional<Caller> caller() {
        return Optional.ofNullable(caller);
    }

    /** The caller; only for code that runs behind a role check. */
    public Caller get() {
        if (caller == null) {
            throw new IllegalStateException("No authenticated caller in this request");
        }
        return caller;
    }

    /** Who acts in this request, for the rules about one's own account and for the audit log: the caller, or an anonymous client. */
    public Actor actor() {
        String address = proxies.clientAddress(request);
        return caller == null ? Actor.anonymous(address) : Actor.user(caller.userId(), caller.email(), caller.sessionId(), address);
    }

    public boolean isLoggedIn() {
        return caller != null;
    }

    public boolean isAdmin() {
        return caller != null && caller.admin();
    }

    public String getEmail() {
        return caller == null ? null : caller.email();
    }

    /** How the pages name the caller: their display name, or their email when they have none. */
    public String getName() {
        if (caller == null) {
            return null;
        }
        return caller.displayName() == null || caller.displayName().isBlank() ? caller.email() : caller.displayName();
    }

    /** The PrimeFaces theme of the caller's chosen scheme ({@code primefaces.THEME} in web.xml); light when anonymous. */
    public String getTheme() {
        return caller != null && "dark".equals(caller.theme()) ? "vela-blue" : "saga-blue";
    }

    public boolean isDark() {
        return caller != null && "dark".equals(caller.theme());
    }
}
