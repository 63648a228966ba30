package dev.roster.setup.boundary;

import dev.roster.problems.FacesProblems;
import dev.roster.sessions.control.PageLinks;
import dev.roster.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The first-run setup page ({@code /setup}): creates the first administrator through
 * {@link SetupService}, which decides, under its lock, whether setup is still open. Once an
 * administrator exists the page only sends the browser to the login page.
 */
@Named
@ViewScoped
public class SetupBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SetupService setup;

    private String email;
    private String displayName;
    private String password;
    private String confirmation;
    private String generated;

    public void open() {
        SetupStatus status = setup.status();
        if (!status.setupRequired()) {
            Pages.redirect(PageLinks.LOGIN);
        }
    }

    public void generate() {
        password = setup.generatePassword();
        confirmation = password;
        generated = password;
    }

    public void create() {
        if (password != null && !FacesProblems.confirmed(password, confirmation)) {
            return;
        }
        if (FacesProblems.attempt(() -> setup.setUp(email, displayName, password)).isPresent()) {
            FacesProblems.info("Administrator account created. Please log in.");
            Pages.redirect(PageLinks.LOGIN);
        }
    }

    /** The password Generate filled in, which the page shows with Copy. */
    public String getGenerated() {
        return generated;
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
