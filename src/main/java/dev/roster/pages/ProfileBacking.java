package dev.roster.pages;

import dev.roster.apikeys.boundary.ApiKeyRepresentation;
import dev.roster.apikeys.boundary.ApiKeyService;
import dev.roster.problems.FacesProblems;
import dev.roster.sessions.boundary.SessionRepresentation;
import dev.roster.sessions.boundary.SessionService;
import dev.roster.sessions.control.PageLinks;
import dev.roster.users.boundary.ProfileChange;
import dev.roster.users.boundary.UserRepresentation;
import dev.roster.users.boundary.UserService;
import dev.roster.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * My Profile ({@code /profile}, any user): the caller's name, password and colour scheme,
 * their sessions and their API keys, all through the services the API uses. A new key is
 * shown once, right after it is made.
 */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserService users;

    @Inject
    SessionService sessions;

    @Inject
    ApiKeyService apiKeys;

    private String email;
    private String displayName;
    private String currentPassword;
    private String newPassword;
    private String confirmation;
    /** What Generate filled in, which the page shows with Copy. */
    private String generated;
    private String theme;
    private List<SessionRepresentation> mySessions = List.of();
    private List<ApiKeyRepresentation> myKeys = List.of();
    private String keyName;
    private LocalDate keyExpiry;
    private String createdKey;

    @PostConstruct
    void init() {
        UserRepresentation me = users.me();
        email = me.email();
        displayName = me.displayName();
        theme = users.theme();
        reload();
    }

    public void saveName() {
        if (FacesProblems.attempt(() -> users.updateMe(new ProfileChange(displayName == null ? "" : displayName, null, null))).isPresent()) {
            FacesProblems.info("Display name saved");
            Pages.redirect(PageLinks.PROFILE); // the menu shows the new name
        }
    }

    public void generate() {
        newPassword = users.generatePassword();
        confirmation = newPassword;
        generated = newPassword;
    }

    public void changePassword() {
        if (changePassword(users, currentPassword, newPassword, confirmation)) {
            FacesProblems.info("Password changed; your other sessions were signed out");
            currentPassword = null;
            newPassword = null;
            confirmation = null;
            reload();
        }
    }

    /**
     * Changes the caller's password from a form's current, new and repeated new password (here and
     * on the account set-up page); whether it changed, else the reason is a message.
     */
    static boolean changePassword(UserService users, String currentPassword, String newPassword, String confirmation) {
        if (newPassword == null || newPassword.isEmpty()) {
            FacesProblems.error("Type a new password, or use Generate");
            return false;
        }
        return FacesProblems.confirmed(newPassword, confirmation)
                && FacesProblems.attempt(() -> users.updateMe(new ProfileChange(null, currentPassword, newPassword))).isPresent();
    }

    public void saveTheme() {
        if (FacesProblems.attempt(() -> users.changeTheme(theme))) {
            FacesProblems.info("Theme saved");
            Pages.redirect(PageLinks.PROFILE);
        }
    }

    public void endSession(SessionRepresentation session) {
        if (FacesProblems.attempt(() -> sessions.endMine(session.sessionId()))) {
            FacesProblems.info("Session signed out");
        }
        reload();
    }

    public void endOtherSessions() {
        FacesProblems.attempt(sessions::endMyOthers).ifPresent(n -> FacesProblems.info(n + " other session(s) signed out"));
        reload();
    }

    public void startKey() {
        keyName = null;
        keyExpiry = null;
        createdKey = null;
    }

    /** Makes a key valid through the chosen day (UTC), or without end. */
    public void createKey() {
        Instant expiresAt = keyExpiry == null ? null : keyExpiry.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        FacesProblems.attempt(() -> apiKeys.create(keyName, expiresAt)).ifPresent(created -> {
            createdKey = created.key();
            reload();
        });
    }

    public void revokeKey(ApiKeyRepresentation key) {
        if (FacesProblems.attempt(() -> apiKeys.revokeMine(key.keyId()))) {
            FacesProblems.info("API key " + key.name() + " revoked");
        }
        reload();
    }

    private void reload() {
        mySessions = sessions.mine();
        myKeys = apiKeys.mine();
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getGenerated() {
        return generated;
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

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public List<SessionRepresentation> getMySessions() {
        return mySessions;
    }

    public List<ApiKeyRepresentation> getMyKeys() {
        return myKeys;
    }

    public String getKeyName() {
        return keyName;
    }

    public void setKeyName(String keyName) {
        this.keyName = keyName;
    }

    public LocalDate getKeyExpiry() {
        return keyExpiry;
    }

    public void setKeyExpiry(LocalDate keyExpiry) {
        this.keyExpiry = keyExpiry;
    }

    public String getCreatedKey() {
        return createdKey;
    }
}
