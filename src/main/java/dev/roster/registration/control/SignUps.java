package dev.roster.registration.control;

import dev.roster.audit.control.AuditTarget;
import dev.roster.audit.control.AuditTrail;
import dev.roster.audit.entity.AuditAction;
import dev.roster.kernel.Actor;
import dev.roster.problems.Constraints;
import dev.roster.problems.FieldErrors;
import dev.roster.registration.entity.RegistrationThrottledException;
import dev.roster.users.control.NewAccount;
import dev.roster.users.control.PasswordHasher;
import dev.roster.users.control.PasswordPolicy;
import dev.roster.users.control.Users;
import dev.roster.users.entity.User;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * One sign-up, in a transaction of its own. The account is judged by the same rules as an
 * administrator's create ({@link Users#create}), plus the domains that may register; then the
 * address is counted ({@link RegistrationThrottle}). A new email gets its account (pending, or
 * active with auto-approval); a taken one gets the same hashing work and no change at all.
 */
@Stateless
public class SignUps {

    @Inject
    RegistrationSettings settings;

    @Inject
    RegistrationThrottle throttle;

    @Inject
    Users users;

    @Inject
    PasswordPolicy policy;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    /**
     * @throws dev.roster.problems.InvalidInputException when a field breaks a rule, or the email's domain may not register
     * @throws RegistrationThrottledException when the actor's address signed up too often
     * @throws dev.roster.users.entity.DuplicateEmailException when another sign-up took the email since it was looked up
     */
    public void signUp(Actor actor, NewAccount account) {
        FieldErrors errors = new FieldErrors();
        Constraints.check(account, errors);
        if (!errors.has("email") && !settings.admits(account.email())) {
            errors.add("email", "must end with " + settings.describeDomains());
        }
        policy.violation(account.password()).ifPresent(rule -> errors.add("password", rule));
        errors.throwIfAny();
        throttle.count(actor.address(), Instant.now()).ifPresent(wait -> {
            throw new RegistrationThrottledException(wait);
        });
        hasher.ensureRoom();

        if (users.findIdByEmail(account.email()).isPresent()) {
            hasher.hash(account.password()); // the work a new account costs, so that time tells nothing either
            audit.failure(actor, AuditAction.REGISTER, new AuditTarget(null, account.email(), null), "Email already registered; nothing changed");
            return;
        }
        User user = users.create(account);
        audit.success(actor, AuditAction.REGISTER, AuditTarget.user(user.getId(), user.getEmail()),
                user.getDisplayName() == null ? List.of("email", "password") : List.of("email", "display_name", "password"),
                user.isPending() ? "Awaiting approval" : "Approved automatically");
    }
}
