package dev.roster.users.boundary;

import dev.roster.platform.Roles;
import dev.roster.problems.FieldErrors;
import dev.roster.sessions.control.Caller;
import dev.roster.sessions.control.CurrentUser;
import dev.roster.sessions.control.Sessions;
import dev.roster.users.control.PasswordHasher;
import dev.roster.users.control.PasswordPolicy;
import dev.roster.users.control.UserRules;
import dev.roster.users.control.Users;
import dev.roster.users.entity.CurrentPasswordIncorrectException;
import dev.roster.users.entity.CurrentPasswordRequiredException;
import dev.roster.users.entity.User;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Users' own accounts: any logged-in user ({@code user} role) sees and edits their profile.
 * Administrators' management of other accounts arrives here too, under {@code admin}.
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
