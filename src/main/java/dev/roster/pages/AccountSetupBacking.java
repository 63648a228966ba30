package dev.roster.pages;

import dev.roster.kernel.CurrentUser;
import dev.roster.problems.FacesProblems;
import dev.roster.sessions.control.PageLinks;
import dev.roster.users.boundary.UserService;
import dev.roster.users.entity.RequiredAction;
import dev.roster.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The account set-up page ({@code /account-setup}), where a user whose session is limited does
 * what they must first: choose their own password, turn on two-factor sign-in. Every other page
 * leads here until then (the authentication module decides), and this one leads on to the page
 * asked for ({@code next}) once nothing is left.
 */
@Named
@ViewScoped
public class AccountSetupBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    UserService users;

    private String next;
    private String currentPassword;
    private String newPassword;
    private String confirmation;
    private String generated;
    private boolean passwordChanged;

    /** On opening the page: on to where the user was going when nothing is left to do. */
    public void open() {
        if (currentUser.get().requiredActions().isEmpty()) {
            proceed();
        }
    }

    public boolean isPasswordRequired() {
        return !passwordChanged && currentUser.get().requiredActions().contains(RequiredAction.CHANGE_PASSWORD.code);
    }

    public boolean isMfaRequired() {
        return currentUser.get().requiredActions().contains(RequiredAction.ENROL_MFA.code);
    }

    public void generate() {
        newPassword = users.generatePassword();
        confirmation = newPassword;
        generated = newPassword;
    }

    public void changePassword() {
        if (ProfileBacking.changePassword(users, currentPassword, newPassword, confirmation)) {
            passwordChanged = true;
            FacesProblems.info("Password changed");
            if (!isMfaRequired()) {
                proceed();
            }
        }
        currentPassword = null;
        newPassword = null;
        confirmation = null;
    }

    /** On to the page asked for (local paths only), else the user's home page; asked afresh, it finds the session full now. */
    public void proceed() {
        Pages.redirect(PageLinks.isLocal(next) && !PageLinks.isPage(next, PageLinks.ACCOUNT_SETUP) ? next : PageLinks.home(currentUser.isAdmin()));
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    public String getGenerated() {
        return generated;
    }
}
