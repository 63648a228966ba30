package dev.roster.registration.boundary;

import dev.roster.problems.FacesProblems;
import dev.roster.registration.control.RegistrationSettings;
import dev.roster.sessions.control.PageLinks;
import dev.roster.users.entity.UserStatus;
import dev.roster.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;

/**
 * The registration page ({@code /register}): asks for an account through
 * {@link RegistrationService}, as the API does, and says the same for a new email and a taken
 * one. While registration is off the page says so and shows no form.
 */
@Named
@ViewScoped
public class RegisterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PENDING = "Thank you. An administrator will review your request; you can log in once it is approved.";
    static final String ACTIVE = "Your account is ready. Please log in.";

    @Inject
    RegistrationService registration;

    @Inject
    RegistrationSettings settings;

    private String email;
    private String displayName;
    private String password;
    private String confirmation;
    private boolean done;

    public void register() {
        if (password != null && !FacesProblems.confirmed(password, confirmation)) {
            return;
        }
        Optional<UserStatus> status = FacesProblems.attempt(() -> registration.register(email, displayName, password));
        password = null;
        confirmation = null;
        if (status.isEmpty()) {
            return;
        }
        if (status.get() == UserStatus.ACTIVE) {
            FacesProblems.info(ACTIVE);
            Pages.redirect(PageLinks.LOGIN);
            return;
        }
        done = true;
        FacesProblems.info(PENDING);
    }

    public boolean isEnabled() {
        return settings.isEnabled();
    }

    public boolean isAutoApprove() {
        return settings.isAutoApprove();
    }

    /** The domains that may register, as the page names them ({@code @example.com or @example.org}); empty when any may. */
    public String getDomains() {
        return settings.describeDomains();
    }

    public boolean isDone() {
        return done;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
