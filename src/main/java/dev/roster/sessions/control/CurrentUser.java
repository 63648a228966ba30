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
}
