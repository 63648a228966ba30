package dev.roster.users.control;

import dev.roster.problems.FieldErrors;
import dev.roster.sessions.control.Sessions;
import dev.roster.sessions.entity.NotAdministratorException;
import dev.roster.users.entity.LastAdministratorException;
import dev.roster.users.entity.OwnAccountDeactivationException;
import dev.roster.users.entity.OwnAccountDeletionException;
import dev.roster.users.entity.User;
import dev.roster.users.entity.UserChangedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Objects;

/**
 * The rules of creating, changing and deleting users, for every way in: the API and the
 * pages (through {@code UserService}, which knows the caller and holds the transaction) and
 * the admin command line (which builds this class itself, outside the container). Never
 * zero active administrators, decided under the administrators' lock so that concurrent
 * changes cannot both pass; no deleting or deactivating one's own account; deactivation and
 * password resets end the user's sessions at once. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class UserAdministration {

    @Inject
    Users users;

    @Inject
    PasswordPolicy policy;

    @Inject
    PasswordHasher hasher;

    @Inject
    Sessions sessions;

    @Inject
    AdministratorLock administratorLock;

    protected UserAdministration() {
    }

    public UserAdministration(Users users, PasswordPolicy policy, PasswordHasher hasher, Sessions sessions, AdministratorLock administratorLock) {
        this.users = users;
        this.policy = policy;
        this.hasher = hasher;
        this.sessions = sessions;
        this.administratorLock = administratorLock;
    }

    /**
     * Creates an active user. Any administrator, and the command line, may create any user; the
     * actor is taken for the audit log that is to come.
     *
     * @throws dev.roster.problems.InvalidInputException when a field breaks a rule
     * @throws dev.roster.users.entity.DuplicateEmailException when the email is taken
     */
    public User create(Actor actor, String email, String displayName, String password, boolean admin) {
        return users.create(email, displayName, password, admin);
    }

    /**
     * Applies a change to a user.
     *
     * @param expectedVersion the version the actor last read, or null to apply regardless
     * @throws UserChangedException when the user changed since {@code expectedVersion}
     * @throws LastAdministratorException when it would demote or deactivate the last active administrator
     * @throws OwnAccountDeactivationException when an administrator deactivates themselves
     * @throws dev.roster.problems.InvalidInputException when a field breaks a rule
     * @throws dev.roster.users.entity.DuplicateEmailException when the new email is taken
     */
    public User update(Actor actor, String userId, UserChange change, Long expectedVersion) {
        lockAdministrators(actor);
        User user = users.getById(userId);
        if (expectedVersion != null && expectedVersion != user.getVersion()) {
            throw new UserChangedException();
        }
        FieldErrors errors = new FieldErrors();
        String email = change.email() == null ? null : UserRules.email(change.email(), "email", errors);
        String displayName = change.displayName() == null ? null : UserRules.displayName(change.displayName(), "display_name", errors);
        if (change.password() != null) {
            policy.violation(change.password()).ifPresent(rule -> errors.add("password", rule));
        }
        errors.throwIfAny();

        boolean self = actor.is(user.getId());
        boolean demotes = Boolean.FALSE.equals(change.admin()) && user.isAdmin();
        boolean deactivates = Boolean.FALSE.equals(change.active()) && user.isActive();
        if (deactivates && self) {
            throw new OwnAccountDeactivationException();
        }
        if ((demotes || deactivates) && removesAnActiveAdministrator(user)) {
            throw new LastAdministratorException();
        }

        Instant now = Instant.now();
        if (change.displayName() != null && !Objects.equals(displayName, user.getDisplayName())) {
            user.rename(displayName, now);
        }
        if (email != null && !email.equals(user.getEmail())) {
            users.requireFree(email, user);
            user.changeEmail(email, now);
        }
        if (change.admin() != null && change.admin() != user.isAdmin()) {
            user.changeRole(change.admin(), now);
        }
        if (change.active() != null && change.active() != user.isActive()) {
            user.changeStatus(change.active(), now);
        }
        if (change.password() != null) {
            user.changePasswordHash(hasher.hash(change.password()), now);
        }
        users.flush(user);
        if (deactivates || change.password() != null) {
            // A reset of one's own password keeps the session it was made from, as on the profile.
            sessions.revokeAllOf(user.getId(), self ? actor.sessionId() : null);
        }
        return user;
    }

    /**
     * Deletes a user and, with them, their sessions.
     *
     * @throws OwnAccountDeletionException when an administrator deletes themselves
     * @throws LastAdministratorException when the user is the last active administrator
     */
    public void delete(Actor actor, String userId) {
        lockAdministrators(actor);
        User user = users.getById(userId);
        if (actor.is(user.getId())) {
            throw new OwnAccountDeletionException();
        }
        if (removesAnActiveAdministrator(user)) {
            throw new LastAdministratorException();
        }
        users.delete(user);
    }

    /**
     * Takes the administrators' lock, then makes sure an administrator actor is still an
     * active administrator: a demotion committed while this change waited counts. The
     * command line has no account to check; whoever runs it holds the database.
     */
    private void lockAdministrators(Actor actor) {
        administratorLock.acquire();
        if (!actor.isCommandLine() && users.findById(actor.userId()).filter(self -> self.isAdmin() && self.isActive()).isEmpty()) {
            throw new NotAdministratorException();
        }
    }

    private boolean removesAnActiveAdministrator(User user) {
        return user.isAdmin() && user.isActive() && users.countActiveAdministrators() <= 1;
    }
}
