package dev.roster.sessions.boundary;

import dev.roster.apikeys.control.ApiKeys;
import dev.roster.platform.Roles;
import dev.roster.problems.FieldErrors;
import dev.roster.sessions.control.Caller;
import dev.roster.sessions.control.CurrentUser;
import dev.roster.sessions.control.SessionLifetimes;
import dev.roster.sessions.control.Sessions;
import dev.roster.sessions.control.TokenClaims;
import dev.roster.sessions.control.Tokens;
import dev.roster.sessions.entity.AccountDisabledException;
import dev.roster.sessions.entity.InvalidCredentialsException;
import dev.roster.sessions.entity.UserSession;
import dev.roster.users.boundary.UserRepresentation;
import dev.roster.users.control.PasswordHasher;
import dev.roster.users.control.Users;
import dev.roster.users.entity.User;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Logging in, logging out, and recognising a presented token. Login and token checks are
 * open to anonymous callers (that is what they are for); logout needs a session.
 */
@Stateless
@DenyAll
public class AuthService {

    @Inject
    Users users;

    @Inject
    PasswordHasher hasher;

    @Inject
    Sessions sessions;

    @Inject
    Tokens tokens;

    @Inject
    ApiKeys apiKeys;

    @Inject
    CurrentUser currentUser;

    @Inject
    SessionLifetimes lifetimes;

    /**
     * Opens a session for the user with this email and password. An unknown email costs the
     * same hashing work as a wrong password and gets the same answer.
     *
     * @throws InvalidCredentialsException for an unknown email or a wrong password
     * @throws AccountDisabledException for the right password of a deactivated account
     */
    @PermitAll
    public LoginResult login(String email, String password, boolean rememberMe, String ipAddress, String userAgent) {
        FieldErrors errors = new FieldErrors();
        if (email == null || email.isBlank()) {
            errors.add("email", "is required");
        } else if (email.strip().length() > User.EMAIL_MAX) {
            errors.add("email", "must be at most " + User.EMAIL_MAX + " characters");
        }
        if (password == null || password.isEmpty()) {
            errors.add("password", "is required");
        } else if (password.length() > User.PASSWORD_MAX) {
            errors.add("password", "must be at most " + User.PASSWORD_MAX + " characters");
        }
        errors.throwIfAny();

        Optional<User> found = users.findByEmail(email);
        if (found.isEmpty()) {
            hasher.verifyDecoy(password);
            throw new InvalidCredentialsException();
        }
        User user = found.get();
        if (!hasher.verify(password, user.getPasswordHash())) {
            throw new InvalidCredentialsException();
        }
        if (!user.isActive()) {
            throw new AccountDisabledException();
        }
        if (hasher.needsRehash(user.getPasswordHash())) {
            users.upgradeHash(user, hasher.hash(password));
        }
        // The user's row is locked (by this update) before the session row that refers to it is
        // written: concurrent logins of one account then queue instead of deadlocking.
        user = users.recordLogin(user, Instant.now());
        Duration lifetime = lifetimes.of(rememberMe);
        UserSession session = sessions.open(user, lifetime, rememberMe, ipAddress, userAgent);
        return new LoginResult(tokens.issue(user, session), UserRepresentation.of(user), lifetime.toSeconds(), rememberMe);
    }

    /** Ends the caller's session on the server: its token stops working at once. */
    @RolesAllowed(Roles.USER)
    public void logout() {
        sessions.revoke(currentUser.get().requireLoginSession());
    }

    /**
     * The caller a presented token stands for: a login token that Roster signed, that has not
     * expired and whose session is live, or a usable API key; either way its user must be
     * active. The role comes from the user's row, not from the token. Records the activity
     * (at most once a minute).
     */
    @PermitAll
    public Optional<Caller> authenticate(String token) {
        return resolve(token, Instant.now(), true);
    }

    /**
     * What {@link #authenticate} would say of a token now, without recording any activity:
     * for services that must know whether a token they were shown is still good.
     */
    @RolesAllowed(Roles.USER)
    public Optional<Caller> introspect(String token) {
        return token == null || token.isBlank() ? Optional.empty() : resolve(token.strip(), Instant.now(), false);
    }

    private Optional<Caller> resolve(String token, Instant now, boolean record) {
        if (ApiKeys.looksLikeKey(token)) {
            return apiKeys.findUsableWithUser(token, now)
                    .filter(key -> key.getUser().isActive())
                    .map(key -> {
                        User user = key.getUser();
                        if (record && key.used(now, Sessions.SEEN_RESOLUTION)) {
                            users.recordActivity(user.getId(), now);
                        }
                        return new Caller(user.getId(), user.getEmail(), user.getDisplayName(), user.isAdmin(), user.getTheme(), null, key.getId(), null, token);
                    });
        }
        Optional<TokenClaims> claims = tokens.verify(token);
        if (claims.isEmpty()) {
            return Optional.empty();
        }
        return sessions.findLiveWithUser(claims.get().sessionId(), now)
                .filter(session -> session.getUser().isActive() && session.getUser().getId().equals(claims.get().subject()))
                .map(session -> {
                    User user = session.getUser();
                    if (record && sessions.touch(session, now)) {
                        users.recordActivity(user.getId(), now);
                    }
                    return new Caller(user.getId(), user.getEmail(), user.getDisplayName(), user.isAdmin(), user.getTheme(), session.getId(), null, claims.get(), token);
                });
    }
}
