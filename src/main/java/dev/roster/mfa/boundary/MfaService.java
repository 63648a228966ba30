package dev.roster.mfa.boundary;

import dev.roster.audit.control.AuditTarget;
import dev.roster.audit.control.AuditTrail;
import dev.roster.audit.entity.AuditAction;
import dev.roster.kernel.Caller;
import dev.roster.kernel.CurrentUser;
import dev.roster.kernel.Roles;
import dev.roster.mfa.control.CodeAttempts;
import dev.roster.mfa.control.SecondFactors;
import dev.roster.mfa.control.Totp;
import dev.roster.mfa.entity.MfaAlreadyEnabledException;
import dev.roster.mfa.entity.MfaNotEnabledException;
import dev.roster.mfa.entity.NoEnrolmentException;
import dev.roster.mfa.entity.OwnMfaResetException;
import dev.roster.mfa.entity.TooManyAttemptsException;
import dev.roster.problems.FieldErrors;
import dev.roster.problems.InvalidInputException;
import dev.roster.users.control.AccountEvent;
import dev.roster.users.control.PasswordHasher;
import dev.roster.users.control.Users;
import dev.roster.users.entity.CurrentPasswordIncorrectException;
import dev.roster.users.entity.RequiredAction;
import dev.roster.users.entity.User;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A user's own two-factor sign-in, and an administrator's reset of someone else's. Enrolling,
 * confirming, turning it off and renewing the recovery codes need a login session (an API key
 * is already a second secret and may not change the first); turning it off and renewing the
 * codes also need a current code, so that a session left open is not enough, and their wrong
 * codes and passwords count toward the login lockout ({@link CodeAttempts}).
 */
@Stateless
@DenyAll
public class MfaService {

    static final String WRONG_CODE = "is not a current code of your authenticator app";

    @Inject
    Users users;

    @Inject
    SecondFactors factors;

    @Inject
    PasswordHasher hasher;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Event<AccountEvent> events;

    @Inject
    CodeAttempts attempts;

    /** The name authenticator apps show beside the account. */
    @Inject
    @ConfigProperty(name = "roster.mfa.issuer", defaultValue = "Roster")
    String issuer;

    /** What the app needs to make codes: the secret, and the same as an {@code otpauth://} URI (for a QR code). */
    public record Enrolment(String secret, String otpauthUri) {
    }

    /** Whether two-factor sign-in is on, since when, and how many recovery codes are left. */
    public record Status(boolean enabled, Instant enabledAt, long recoveryCodesLeft) {
    }

    @RolesAllowed(Roles.USER)
    public Status status() {
        User user = users.getById(currentUser.get().userId());
        return new Status(user.isMfaEnabled(), user.getTotpEnabledAt(), user.isMfaEnabled() ? factors.recoveryCodesLeft(user.getId()) : 0);
    }

    /**
     * Starts an enrolment (again, if one was started and not confirmed: the old secret is dropped).
     *
     * @throws MfaAlreadyEnabledException when two-factor sign-in is on
     */
    @RolesAllowed(Roles.USER)
    public Enrolment enrol() {
        Caller caller = currentUser.get();
        caller.requireLoginSession();
        User user = users.getById(caller.userId());
        if (user.isMfaEnabled()) {
            throw new MfaAlreadyEnabledException();
        }
        String secret = factors.startEnrolment(user);
        return new Enrolment(secret, Totp.uri(issuer, user.getEmail(), secret));
    }

    /**
     * Confirms the enrolment with the app's first code and turns two-factor sign-in on; the
     * answer is the recovery codes, shown this once.
     *
     * @throws NoEnrolmentException when no enrolment was started
     * @throws InvalidInputException when the code is not the app's current one
     */
    @RolesAllowed(Roles.USER)
    public List<String> confirm(String code) {
        Caller caller = currentUser.get();
        caller.requireLoginSession();
        requireCode(code);
        User user = users.getById(caller.userId());
        if (user.isMfaEnabled()) {
            throw new MfaAlreadyEnabledException();
        }
        if (user.getTotpPendingSecret() == null) {
            throw new NoEnrolmentException();
        }
        Instant now = Instant.now();
        if (!factors.confirm(user, code, now)) {
            throw new InvalidInputException("code", WRONG_CODE);
        }
        List<String> codes = factors.newRecoveryCodes(user.getId());
        AuditTarget target = AuditTarget.user(user.getId(), user.getEmail());
        audit.success(currentUser.actor(), AuditAction.MFA_ENROL, target);
        if (user.clear(RequiredAction.ENROL_MFA, now)) {
            audit.success(currentUser.actor(), AuditAction.REQUIRED_ACTION_DONE, target, List.of(RequiredAction.ENROL_MFA.code), null);
        }
        return codes;
    }

    /**
     * Turns two-factor sign-in off, given the password and a current code (or a recovery code).
     *
     * @throws MfaNotEnabledException when it is not on
     * @throws CurrentPasswordIncorrectException when the password is wrong
     * @throws InvalidInputException when a field is missing or the code is wrong
     * @throws TooManyAttemptsException while failures lock the account or the address
     */
    @RolesAllowed(Roles.USER)
    public void disable(String currentPassword, String code) {
        Caller caller = currentUser.get();
        caller.requireLoginSession();
        FieldErrors errors = new FieldErrors();
        if (currentPassword == null || currentPassword.isEmpty()) {
            errors.add("current_password", "is required");
        } else if (currentPassword.length() > User.PASSWORD_MAX) {
            errors.add("current_password", "must be at most " + User.PASSWORD_MAX + " characters");
        }
        if (code == null || code.isBlank()) {
            errors.add("code", "is required");
        }
        errors.throwIfAny();
        User user = users.getById(caller.userId());
        if (!user.isMfaEnabled()) {
            throw new MfaNotEnabledException();
        }
        requireUnlocked(user);
        if (!hasher.verify(currentPassword, user.getPasswordHash())) {
            failed(user, AuditAction.MFA_DISABLE, "Wrong password");
            throw new CurrentPasswordIncorrectException();
        }
        Instant now = Instant.now();
        if (!factors.acceptCodeOrRecoveryCode(user, code, now)) {
            failed(user, AuditAction.MFA_DISABLE, "Wrong code");
            throw new InvalidInputException("code", WRONG_CODE);
        }
        factors.disable(user, now);
        audit.success(currentUser.actor(), AuditAction.MFA_DISABLE, AuditTarget.user(user.getId(), user.getEmail()));
    }

    /**
     * New recovery codes for the caller, replacing the old ones, given a current code.
     *
     * @throws MfaNotEnabledException when two-factor sign-in is not on
     * @throws InvalidInputException when the code is missing or wrong
     * @throws TooManyAttemptsException while failures lock the account or the address
     */
    @RolesAllowed(Roles.USER)
    public List<String> renewRecoveryCodes(String code) {
        Caller caller = currentUser.get();
        caller.requireLoginSession();
        requireCode(code);
        User user = users.getById(caller.userId());
        if (!user.isMfaEnabled()) {
            throw new MfaNotEnabledException();
        }
        requireUnlocked(user);
        if (!factors.acceptCode(user, code, Instant.now())) {
            failed(user, AuditAction.MFA_RECOVERY_CODES, "Wrong code");
            throw new InvalidInputException("code", WRONG_CODE);
        }
        List<String> codes = factors.newRecoveryCodes(user.getId());
        audit.success(currentUser.actor(), AuditAction.MFA_RECOVERY_CODES, AuditTarget.user(user.getId(), user.getEmail()));
        return codes;
    }

    /**
     * An administrator turns a user's two-factor sign-in off (a lost phone, a stolen secret): the
     * user's sessions end, and their next login takes the password alone.
     *
     * @throws dev.roster.users.entity.UserNotFoundException for an unknown user
     * @throws MfaNotEnabledException when the user has no second factor
     * @throws OwnMfaResetException for the administrator's own account
     */
    @RolesAllowed(Roles.ADMIN)
    public void reset(String userId) {
        User user = users.getById(userId);
        if (user.getId().equals(currentUser.get().userId())) {
            throw new OwnMfaResetException();
        }
        factors.reset(currentUser.actor(), user, events::fire);
    }

    /** Wrong codes and passwords count toward the lockout, as at login: refused at once while it lasts. */
    private void requireUnlocked(User user) {
        attempts.lockout(user.getEmail(), currentUser.actor().address()).ifPresent(wait -> {
            throw new TooManyAttemptsException(wait);
        });
    }

    private void failed(User user, AuditAction action, String reason) {
        attempts.failed(currentUser.actor(), user.getEmail(), AuditTarget.user(user.getId(), user.getEmail()), action, reason);
    }

    private static void requireCode(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("code", "is required");
        }
    }
}
