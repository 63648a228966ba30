package dev.roster.registration.boundary;

import dev.roster.audit.boundary.Audited;
import dev.roster.audit.entity.AuditAction;
import dev.roster.kernel.CurrentUser;
import dev.roster.registration.control.RegistrationSettings;
import dev.roster.registration.control.SignUps;
import dev.roster.registration.entity.RegistrationDisabledException;
import dev.roster.users.control.NewAccount;
import dev.roster.users.entity.DuplicateEmailException;
import dev.roster.users.entity.UserStatus;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Self-registration, open to anonymous callers while {@link RegistrationSettings#isEnabled()}
 * ({@link SignUps} decides each sign-up, in its own transaction). Every accepted sign-up answers
 * the same status, whether its email was new or taken: the answer never tells whether someone
 * has an account.
 */
@Stateless
@DenyAll
public class RegistrationService {

    @Inject
    RegistrationSettings settings;

    @Inject
    SignUps signUps;

    @Inject
    CurrentUser currentUser;

    /**
     * Asks for an account; answers the status it has (or would have, for a taken email, also one
     * that another sign-up took at the same moment).
     *
     * @throws RegistrationDisabledException while self-registration is off
     * @throws dev.roster.problems.InvalidInputException when a field breaks a rule, or the email's domain may not register
     * @throws dev.roster.registration.entity.RegistrationThrottledException when the caller's address signed up too often
     */
    @PermitAll
    @Audited(AuditAction.REGISTER)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public UserStatus register(String email, String displayName, String password) {
        if (!settings.isEnabled()) {
            throw new RegistrationDisabledException();
        }
        UserStatus outcome = settings.isAutoApprove() ? UserStatus.ACTIVE : UserStatus.PENDING;
        try {
            signUps.signUp(currentUser.actor(), new NewAccount(email, displayName, password, false, outcome));
        } catch (DuplicateEmailException e) {
            // another sign-up took the email since it was looked up: a taken email, answered as such
        }
        return outcome;
    }
}
