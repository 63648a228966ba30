package dev.roster.sessions.boundary;

import dev.roster.apikeys.control.ApiKeys;
import dev.roster.audit.control.AuditTarget;
import dev.roster.audit.control.AuditTrail;
import dev.roster.audit.entity.AuditAction;
import dev.roster.kernel.Actor;
import dev.roster.kernel.Caller;
import dev.roster.kernel.CurrentUser;
import dev.roster.kernel.Limits;
import dev.roster.kernel.Roles;
import dev.roster.kernel.TokenClaims;
import dev.roster.mfa.control.SecondFactors;
import dev.roster.problems.FieldErrors;
import dev.roster.sessions.control.Callers;
import dev.roster.sessions.control.FailedLogins;
import dev.roster.sessions.control.LoginThrottle;
import dev.roster.sessions.control.MfaChallenges;
import dev.roster.sessions.control.SessionLifetimes;
import dev.roster.sessions.control.Sessions;
import dev.roster.sessions.control.Tokens;
import dev.roster.sessions.entity.AccountDisabledException;
import dev.roster.sessions.entity.AccountPendingException;
import dev.roster.sessions.entity.InvalidCodeException;
import dev.roster.sessions.entity.InvalidCredentialsException;
import dev.roster.sessions.entity.LoginLockedException;
import dev.roster.sessions.entity.MfaTokenInvalidException;
import dev.roster.sessions.entity.UserSession;
import dev.roster.users.boundary.UserRepresentation;
import dev.roster.users.control.PasswordHasher;
import dev.roster.users.control.UserRules;
import dev.roster.users.control.Groups;
import dev.roster.users.control.Users;
import dev.roster.users.entity.User;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Logging in, logging out, and what a presented token is worth. Login is open to anonymous
 * callers (that is what it is for); logout and introspection need a caller.
 */
@Stateless
@DenyAll
public class AuthService {

    @Inject
    Users users;

    @Inject
    Groups groups;

    @Inject
    PasswordHasher hasher;

    @Inject
    Sessions sessions;

    @Inject
    Tokens tokens;

    @Inject
    ApiKeys apiKeys;

    @Inject
    Callers callers;

    @Inject
    CurrentUser currentUser;

    @Inject
    SessionLifetimes lifetimes;

    @Inject
    LoginThrottle throttle;

    @Inject
    FailedLogins failedLogins;

    @Inject
    AuditTrail audit;

    @Inject
    MfaChallenges challenges;

    @Inject
    SecondFactors factors;

    /**
     * Opens a session for the user with this email and password, or, when the account has
     * two-factor sign-in, answers {@link MfaRequired} for {@link #completeMfa}. An unknown email costs the
     * same hashing work as a wrong password and gets the same answer; so does an email or
     * address locked after too many failures ({@link LoginThrottle}), whose password is not even
     * looked at. Every attempt is recorded in the audit log, failures apart from the login's
     * transaction (see {@link FailedLogins}).
     *
     * @throws InvalidCredentialsException for an unknown email or a wrong password
     * @throws AccountPendingException for the right password of an account that awaits approval
     * @throws AccountDisabledException for the right password of a deactivated account
     * @throws LoginLockedException while the email or the address is locked
     * @throws dev.roster.users.entity.HashingBusyException while as many hashes as may wait are waiting
     */
    @PermitAll
    public LoginAnswer login(String email, String password, boolean rememberMe, String ipAddress, String userAgent) {
        FieldErrors errors = new FieldErrors();
        if (email == null || email.isBlank()) {
            errors.add("email", "is required");
        } else if (email.strip().length() > Limits.EMAIL_MAX) {
            errors.add("email", "must be at most " + Limits.EMAIL_MAX + " characters");
        }
        if (password == null || password.isEmpty()) {
            errors.add("password", "is required");
        } else if (password.length() > User.PASSWORD_MAX) {
            errors.add("password", "must be at most " + User.PASSWORD_MAX + " characters");
        }
        errors.throwIfAny();
        hasher.ensureRoom();

        String normalized = UserRules.normalizeEmail(email);
        Actor actor = Actor.anonymous(ipAddress);
        Instant now = Instant.now();
        Optional<User> found = users.findByEmail(normalized);
        AuditTarget target = found.map(user -> AuditTarget.user(user.getId(), user.getEmail())).orElse(new AuditTarget(null, normalized, null));
        LoginThrottle.Standing standing = throttle.standing(normalized, ipAddress, now);
        Optional<Duration> refusal = standing.refusal(now);
        if (refusal.isPresent()) {
            // The same hashing work as any other answer, so that time tells nothing either.
            hasher.verifyDecoy(password);
            failedLogins.refused(actor, target, "Locked after too many failed logins");
            throw new LoginLockedException(refusal.get());
        }
        if (found.isEmpty()) {
            hasher.verifyDecoy(password);
            failedLogins.failed(actor, normalized, target, "Unknown email");
            throw new InvalidCredentialsException();
        }
        User user = found.get();
        PasswordHasher.Match match = hasher.match(password, user.getPasswordHash());
        if (match == PasswordHasher.Match.NONE) {
            failedLogins.failed(actor, normalized, target, "Wrong password");
            throw new InvalidCredentialsException();
        }
        if (user.isPending()) {
            // The right password: no failure to count, but a refusal to record.
            failedLogins.refused(actor, target, "Awaiting approval");
            throw new AccountPendingException();
        }
        if (!user.isActive()) {
            failedLogins.failed(actor, normalized, target, "Account deactivated");
            throw new AccountDisabledException();
        }
        if (match == PasswordHasher.Match.OUTDATED) {
            users.upgradeHash(user, hasher.hash(password));
        }
        if (user.isMfaEnabled()) {
            // The password is right; the session waits for the second factor (and the email's failures stay counted until it comes).
            return new MfaRequired(challenges.open(user.getId(), rememberMe, ipAddress, now), MfaChallenges.LIFETIME.toSeconds());
        }
        if (standing.emailHasFailures()) {
            throttle.reset(normalized);
        }
        return openSession(user, rememberMe, ipAddress, userAgent, TokenClaims.PASSWORD, target, now);
    }

    /**
     * The second step of a login whose account has two-factor sign-in: the {@code mfa_token} of
     * the first step and either a current one-time code or an unused recovery code. Answers what
     * a login answers. A wrong code counts toward the lockout like a wrong password, and leaves
     * the token good for another try (until it expires); the right one uses the token up.
     *
     * @throws MfaTokenInvalidException for a token that is unknown, used, expired or from another address
     * @throws InvalidCodeException for a wrong, used or outdated code
     * @throws LoginLockedException while the email or the address is locked
     */
    @PermitAll
    public LoginResult completeMfa(String mfaToken, String code, String recoveryCode, String ipAddress, String userAgent) {
        boolean oneTimeCode = code != null && !code.isBlank();
        boolean recovery = recoveryCode != null && !recoveryCode.isBlank();
        FieldErrors errors = new FieldErrors();
        if (mfaToken == null || mfaToken.isBlank()) {
            errors.add("mfa_token", "is required");
        }
        if (oneTimeCode == recovery) {
            errors.add("code", "give either code or recovery_code");
        }
        errors.throwIfAny();
        Instant now = Instant.now();
        Actor actor = Actor.anonymous(ipAddress);
        MfaChallenges.Challenge challenge = challenges.find(mfaToken.strip(), ipAddress, now).orElseThrow(MfaTokenInvalidException::new);
        User user = users.findById(challenge.userId()).filter(User::isActive).filter(User::isMfaEnabled)
                .orElseThrow(MfaTokenInvalidException::new);
        AuditTarget target = AuditTarget.user(user.getId(), user.getEmail());
        LoginThrottle.Standing standing = throttle.standing(user.getEmail(), ipAddress, now);
        Optional<Duration> refusal = standing.refusal(now);
        if (refusal.isPresent()) {
            failedLogins.refused(actor, AuditAction.LOGIN_MFA_FAILURE, target, "Locked after too many failed logins");
            throw new LoginLockedException(refusal.get());
        }
        if (!challenges.take(challenge)) {
            throw new MfaTokenInvalidException();
        }
        boolean proven = oneTimeCode ? factors.acceptCode(user, code, now) : factors.useRecoveryCode(user.getId(), recoveryCode, now);
        if (!proven) {
            // Rolls the taking of the challenge back with it: the token stays good for another try.
            failedLogins.failed(actor, user.getEmail(), target, AuditAction.LOGIN_MFA_FAILURE, oneTimeCode ? "Wrong code" : "Wrong recovery code");
            throw new InvalidCodeException();
        }
        if (standing.emailHasFailures()) {
            throttle.reset(user.getEmail());
        }
        return openSession(user, challenge.rememberMe(), ipAddress, userAgent, TokenClaims.PASSWORD_AND_CODE, target, now);
    }

    private LoginResult openSession(User user, boolean rememberMe, String ipAddress, String userAgent, List<String> amr, AuditTarget target,
                                    Instant now) {
        // The user's row is locked (by this update) before the session row that refers to it is
        // written: concurrent logins of one account then queue instead of deadlocking.
        user = users.recordLogin(user, now);
        Duration lifetime = lifetimes.of(rememberMe);
        UserSession session = sessions.open(user, lifetime, rememberMe, ipAddress, userAgent, amr);
        audit.success(Actor.user(user.getId(), user.getEmail(), session.getId(), ipAddress), AuditAction.LOGIN, target.with(session.getId()),
                List.of(), amr.contains("otp") ? "With a second factor" : null);
        List<String> groupNames = groups.namesOf(user.getId());
        return new LoginResult(tokens.issue(user, groupNames, session), UserRepresentation.of(user, groupNames), lifetime.toSeconds(), rememberMe);
    }

    /** Ends the caller's session on the server: its token stops working at once. */
    @RolesAllowed(Roles.USER)
    public void logout() {
        String sessionId = currentUser.get().requireLoginSession();
        sessions.revoke(sessionId);
        Actor actor = currentUser.actor();
        audit.success(actor, AuditAction.LOGOUT, new AuditTarget(actor.userId(), actor.email(), sessionId));
    }

    /**
     * Stores that a session or key was used now, one column at a time (never a whole row read
     * earlier, so a revocation committed meanwhile stays). For the authentication mechanism, when
     * {@link Callers} says it is due: so an authenticated request writes at most once a minute.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordActivity(String userId, String sessionId, String apiKeyId, Instant now) {
        if (sessionId != null) {
            sessions.recordSeen(sessionId, now);
        }
        if (apiKeyId != null) {
            apiKeys.recordUse(apiKeyId, now);
        }
        users.recordActivity(userId, now);
    }

    /**
     * What authentication would say of a token now ({@link Callers}), without recording any
     * activity: for services that must know whether a token they were shown is still good.
     */
    @RolesAllowed(Roles.USER)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Caller> introspect(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return callers.resolve(token.strip(), Instant.now()).map(Callers.Resolved::caller);
    }
}
