package dev.roster.sessions.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * The one answer to "who am I, what may I do" for this request, in Java and in EL
 * ({@code #{currentUser.admin}}). Filled by {@link RosterAuthenticationMechanism}; empty for
 * an anonymous request.
 */
@Named
@RequestScoped
public class CurrentUser {

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
