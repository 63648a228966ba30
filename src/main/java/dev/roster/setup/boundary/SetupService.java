package dev.roster.setup.boundary;

import dev.roster.audit.boundary.Audited;
import dev.roster.audit.control.AuditTarget;
import dev.roster.audit.control.AuditTrail;
import dev.roster.audit.entity.AuditAction;
import dev.roster.kernel.CurrentUser;
import dev.roster.registration.control.RegistrationSettings;
import dev.roster.setup.entity.SetupAlreadyDoneException;
import dev.roster.users.boundary.UserRepresentation;
import dev.roster.users.control.AdministratorLock;
import dev.roster.users.control.NewAccount;
import dev.roster.users.control.PasswordGenerator;
import dev.roster.users.control.PasswordPolicy;
import dev.roster.users.control.Users;
import dev.roster.users.entity.User;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * First-run setup: while no active administrator exists, anyone may create the first one.
 * Exactly once, however many requests or nodes race for it: the administrators' lock row
 * serialises them and each re-counts the admins under the lock. Open to anonymous callers.
 */
@Stateless
@DenyAll
public class SetupService {

    @Inject
    Users users;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    AdministratorLock administratorLock;

    @Inject
    PasswordPolicy policy;

    @Inject
    PasswordGenerator generator;

    @Inject
    RegistrationSettings registration;

    @PermitAll
    public SetupStatus status() {
        return new SetupStatus(users.countActiveAdministrators() == 0, policy.isStrict(), registration.isEnabled());
    }

    /** A strong password for the first administrator (the setup page's Generate button; nobody is logged in yet). */
    @PermitAll
    public String generatePassword() {
        return generator.generate();
    }

    /**
     * @throws SetupAlreadyDoneException when an active administrator exists
     * @throws dev.roster.problems.InvalidInputException when a field breaks a rule
     */
    @PermitAll
    @Audited(AuditAction.SETUP)
    public UserRepresentation setUp(String email, String displayName, String password) {
        administratorLock.acquire();
        if (users.countActiveAdministrators() > 0) {
            throw new SetupAlreadyDoneException();
        }
        User admin = users.create(new NewAccount(email, displayName, password, true));
        audit.success(currentUser.actor(), AuditAction.SETUP, AuditTarget.user(admin.getId(), admin.getEmail()), List.of("email", "display_name", "password", "is_admin"),
                "First administrator");
        return UserRepresentation.of(admin, List.of());
    }
}
