package dev.roster.users.boundary;

import dev.roster.platform.Roles;
import dev.roster.platform.Versioned;
import dev.roster.problems.FieldErrors;
import dev.roster.sessions.control.Caller;
import dev.roster.sessions.control.CurrentUser;
import dev.roster.sessions.control.Sessions;
import dev.roster.sessions.entity.NotAdministratorException;
import dev.roster.users.control.AdministratorLock;
import dev.roster.users.control.PasswordGenerator;
import dev.roster.users.control.PasswordHasher;
import dev.roster.users.control.PasswordPolicy;
import dev.roster.users.control.UserPage;
import dev.roster.users.control.UserQuery;
import dev.roster.users.control.UserRules;
import dev.roster.users.control.Users;
import dev.roster.users.entity.CurrentPasswordIncorrectException;
import dev.roster.users.entity.CurrentPasswordRequiredException;
import dev.roster.users.entity.LastAdministratorException;
import dev.roster.users.entity.OwnAccountDeactivationException;
import dev.roster.users.entity.OwnAccountDeletionException;
import dev.roster.users.entity.User;
import dev.roster.users.entity.UserChangedException;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Objects;

/**
 * Users' accounts. Any logged-in user ({@code user} role) sees and edits their own profile;
 * administrators ({@code admin}) list, create, edit and delete anyone's. The rules that keep
 * an installation safe live here, for the API, the pages and the command line alike: never
 * zero active administrators (decided under the administrators' lock, so concurrent changes
 * cannot both pass), no deleting or deactivating one's own account, and immediate effect of
 * deactivation, deletion and password resets on the user's sessions.
 */
@Stateless
@DenyAll
public class UserService {

    @Inject
    Users users;

    @Inject
    PasswordPolicy policy;

    @Inject
    PasswordHasher hasher;

    @Inject
    Sessions sessions;

    @Inject
    CurrentUser currentUser;

    @Inject
    PasswordGenerator generator;

    @Inject
    AdministratorLock administratorLock;

    @RolesAllowed(Roles.USER)
    public String generatePassword() {
        return generator.generate();
    }

    @RolesAllowed(Roles.ADMIN)
    public UserList list(UserQuery query) {
        UserPage page = users.search(query);
        return new UserList(page.users().stream().map(UserRepresentation::of).toList(), page.total());
    }

    @RolesAllowed(Roles.ADMIN)
    public Versioned<UserRepresentation> get(String userId) {
        return versioned(users.getById(userId));
    }

    /**
     * Creates an active user.
     *
     * @throws dev.roster.problems.InvalidInputException when a field breaks a rule
     * @throws dev.roster.users.entity.DuplicateEmailException when the email is taken
     */
    @RolesAllowed(Roles.ADMIN)
    public Versioned<UserRepresentation> create(String email, String displayName, String password, boolean admin) {
        return versioned(users.create(email, displayName, password, admin));
    }

    /**
     * Applies an administrator's change to a user.
     *
     * @param expectedVersion the version the client last read ({@code If-Match}), or null to apply regardless
     * @throws UserChangedException when the user changed since {@code expectedVersion}
     * @throws LastAdministratorException when it would demote or deactivate the last active administrator
     * @throws OwnAccountDeactivationException when the caller deactivates themselves
     */
    @RolesAllowed(Roles.ADMIN)
    public Versioned<UserRepresentation> update(String userId, UserChange change, Long expectedVersion) {
        Caller caller = lockAdministrators();
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

        boolean self = user.getId().equals(caller.userId());
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
            sessions.revokeAllOf(user.getId(), self ? caller.sessionId() : null);
        }
        return versioned(user);
    }

    /**
     * Deletes a user and, with them, their sessions.
     *
     * @throws OwnAccountDeletionException when the caller deletes themselves
     * @throws LastAdministratorException when the user is the last active administrator
     */
    @RolesAllowed(Roles.ADMIN)
    public void delete(String userId) {
        Caller caller = lockAdministrators();
        User user = users.getById(userId);
        if (user.getId().equals(caller.userId())) {
            throw new OwnAccountDeletionException();
        }
        if (removesAnActiveAdministrator(user)) {
            throw new LastAdministratorException();
        }
        users.delete(user);
    }

    /**
     * Takes the administrators' lock, then makes sure the caller is still an active
     * administrator: a demotion committed while this request waited counts.
     */
    private Caller lockAdministrators() {
        Caller caller = currentUser.get();
        administratorLock.acquire();
        if (users.findById(caller.userId()).filter(self -> self.isAdmin() && self.isActive()).isEmpty()) {
            throw new NotAdministratorException();
        }
        return caller;
    }

    private boolean removesAnActiveAdministrator(User user) {
        return user.isAdmin() && user.isActive() && users.countActiveAdministrators() <= 1;
    }

    private static Versioned<UserRepresentation> versioned(User user) {
        return new Versioned<>(UserRepresentation.of(user), user.getVersion());
    }

    @RolesAllowed(Roles.USER)
    public UserRepresentation me() {
        return UserRepresentation.of(users.getById(currentUser.get().userId()));
    }

    /**
     * Changes the caller's display name and/or password. A new password needs the current
     * one, and ends every other session of the caller (this one stays).
     *
     * @throws CurrentPasswordRequiredException when a new password comes without the current one
     * @throws CurrentPasswordIncorrectException when the current password is wrong
     * @throws dev.roster.problems.InvalidInputException when the name or the new password breaks a rule
     */
    @RolesAllowed(Roles.USER)
    public UserRepresentation updateMe(ProfileChange change) {
        Caller caller = currentUser.get();
        boolean newPassword = change.newPassword() != null;
        if (newPassword && (change.currentPassword() == null || change.currentPassword().isEmpty())) {
            throw new CurrentPasswordRequiredException();
        }
        FieldErrors errors = new FieldErrors();
        String displayName = change.displayName() == null ? null : UserRules.displayName(change.displayName(), "display_name", errors);
        if (newPassword) {
            policy.violation(change.newPassword()).ifPresent(rule -> errors.add("new_password", rule));
        }
        errors.throwIfAny();

        User user = users.getById(caller.userId());
        Instant now = Instant.now();
        if (newPassword) {
            if (!hasher.verify(change.currentPassword(), user.getPasswordHash())) {
                throw new CurrentPasswordIncorrectException();
            }
            user.changePasswordHash(hasher.hash(change.newPassword()), now);
            sessions.revokeAllOf(user.getId(), caller.sessionId());
        }
        if (change.displayName() != null) {
            user.rename(displayName, now);
        }
        return UserRepresentation.of(user);
    }
}
