package dev.roster.sessions.boundary;

import dev.roster.platform.Roles;
import dev.roster.problems.FieldErrors;
import dev.roster.sessions.control.Caller;
import dev.roster.sessions.control.CurrentUser;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;

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
    CurrentUser currentUser;

    @Inject
    @ConfigProperty(name = "roster.session.hours", defaultValue = "24")
    int sessionHours;

    @Inject
    @ConfigProperty(name = "roster.remember-me.days", defaultValue = "7")
    int rememberMeDays;

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
        user.recordLogin(Instant.now());
        Duration lifetime = rememberMe ? Duration.ofDays(rememberMeDays) : Duration.ofHours(sessionHours);
        UserSession session = sessions.open(user, lifetime, rememberMe, ipAddress, userAgent);
        return new LoginResult(tokens.issue(user, session), UserRepresentation.of(user), lifetime.toSeconds(), rememberMe);
    }

    /** Ends the caller's session on the server: its token stops working at once. */
    @RolesAllowed(Roles.USER)
    public void logout() {
        sessions.revoke(currentUser.get().sessionId());
    }

    /**
     * The caller a token stands for, if Roster signed it, it has not expired, its session is
     * live and its user active. The role comes from the user's row, not from the token.
     */
    @PermitAll
    public Optional<Caller> authenticate(String token) {
        Optional<TokenClaims> claims = tokens.verify(token);
        if (claims.isEmpty()) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return sessions.findWithUser(claims.get().sessionId())
                .filter(session -> session.isLive(now))
                .filter(session -> session.getUser().isActive() && session.getUser().getId().equals(claims.get().subject()))
                .map(session -> {
                    sessions.touch(session, now);
                    User user = session.getUser();
                    return new Caller(user.getId(), user.getEmail(), user.isAdmin(), session.getId(), claims.get(), token);
                });
    }
}
