package dev.roster.users.boundary;

import dev.roster.audit.boundary.Audited;
import dev.roster.audit.control.AuditTarget;
import dev.roster.audit.control.AuditTrail;
import dev.roster.audit.entity.AuditAction;
import dev.roster.kernel.Actor;
import dev.roster.kernel.Caller;
import dev.roster.kernel.CurrentUser;
import dev.roster.kernel.Roles;
import dev.roster.problems.Constraints;
import dev.roster.problems.FieldErrors;
import dev.roster.problems.InvalidInputException;
import dev.roster.users.control.AccountEvent;
import dev.roster.users.control.BulkResult;
import dev.roster.users.control.NewAccount;
import dev.roster.users.control.PasswordGenerator;
import dev.roster.users.control.PasswordHasher;
import dev.roster.users.control.PasswordPolicy;
import dev.roster.users.control.UserAdministration;
import dev.roster.users.control.UserChange;
import dev.roster.users.control.UserPage;
import dev.roster.users.control.UserQuery;
import dev.roster.users.control.UserRules;
import dev.roster.users.control.Users;
import dev.roster.users.entity.CurrentPasswordIncorrectException;
import dev.roster.users.entity.CurrentPasswordRequiredException;
import dev.roster.users.entity.RequiredAction;
import dev.roster.users.entity.User;
import dev.roster.web.Versioned;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Users' accounts. Any logged-in user ({@code user} role) sees and edits their own profile;
 * administrators ({@code admin}) list, create, edit and delete anyone's. This service knows
 * who calls and holds the transaction; the rules of changing users are decided by
 * {@link UserAdministration}, which the admin command line uses as well: never zero active
 * administrators, no deleting or deactivating one's own account, and immediate effect of
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
    Event<AccountEvent> events;

    @Inject
    CurrentUser currentUser;

    @Inject
    PasswordGenerator generator;

    @Inject
    UserAdministration administration;

    @Inject
    AuditTrail audit;

    @RolesAllowed(Roles.USER)
    public String generatePassword() {
        return generator.generate();
    }

    @RolesAllowed(Roles.ADMIN)
    public UserList list(UserQuery query) {
        UserPage page = users.search(query);
        return new UserList(page.rows().stream().map(ManagedUser::of).toList(), page.total());
    }

    /** How many accounts await an administrator's approval. */
    @RolesAllowed(Roles.ADMIN)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long countPending() {
        return users.countPending();
    }

    @RolesAllowed(Roles.ADMIN)
    public Versioned<ManagedUser> get(String userId) {
        return versioned(users.getById(userId));
    }

    /**
     * Creates an active user, in the named groups; with {@code requirePasswordChange} the user
     * chooses their own password at their first login.
     *
     * @throws dev.roster.problems.InvalidInputException when a field breaks a rule, or a group name names no group
     * @throws dev.roster.users.entity.DuplicateEmailException when the email is taken
     */
    @RolesAllowed(Roles.ADMIN)
    @Audited(AuditAction.USER_CREATE)
    public Versioned<ManagedUser> create(String email, String displayName, String password, boolean admin, List<String> groups,
                                         boolean requirePasswordChange) {
        return versioned(administration.create(actor(), new NewAccount(email, displayName, password, admin), groups, false, requirePasswordChange));
    }

    /**
     * Applies an administrator's change to a user.
     *
     * @param expectedVersion the version the client last read ({@code If-Match}), or null to apply regardless
     * @throws dev.roster.users.entity.UserChangedException when the user changed since {@code expectedVersion}
     * @throws dev.roster.users.entity.LastAdministratorException when it would demote or deactivate the last active administrator
     * @throws dev.roster.users.entity.OwnAccountDeactivationException when the caller deactivates themselves
     */
    @RolesAllowed(Roles.ADMIN)
    @Audited(AuditAction.USER_UPDATE)
    public Versioned<ManagedUser> update(@Audited.AuditTarget String userId, UserChange change, Long expectedVersion) {
        return versioned(administration.update(actor(), userId, change, expectedVersion));
    }

    /**
     * Deletes a user and, with them, their sessions.
     *
     * @throws dev.roster.users.entity.OwnAccountDeletionException when the caller deletes themselves
     * @throws dev.roster.users.entity.LastAdministratorException when the user is the last active administrator
     */
    @RolesAllowed(Roles.ADMIN)
    @Audited(AuditAction.USER_DELETE)
    public void delete(@Audited.AuditTarget String userId) {
        administration.delete(actor(), userId);
    }

    /**
     * Approves an account that awaits it: the user may log in from now on.
     *
     * @throws dev.roster.users.entity.NotPendingException when the account does not await approval
     */
    @RolesAllowed(Roles.ADMIN)
    @Audited(AuditAction.USER_APPROVE)
    public Versioned<ManagedUser> approve(@Audited.AuditTarget String userId) {
        return versioned(administration.approve(actor(), userId));
    }

    /**
     * Rejects an account that awaits approval: it is deleted.
     *
     * @throws dev.roster.users.entity.NotPendingException when the account does not await approval
     */
    @RolesAllowed(Roles.ADMIN)
    @Audited(AuditAction.USER_REJECT)
    public void reject(@Audited.AuditTarget String userId) {
        administration.reject(actor(), userId);
    }

    /**
     * Applies one action to many users, each by its single-user rules ({@link UserAdministration#bulk}).
     *
     * @throws dev.roster.problems.InvalidInputException for an unknown action, no or too many ids, a missing or unknown group
     */
    @RolesAllowed(Roles.ADMIN)
    @Audited(AuditAction.USERS_BULK)
    public BulkResult bulk(String action, List<String> userIds, String group) {
        return administration.bulk(actor(), action, userIds, group);
    }


    private Actor actor() {
        return currentUser.actor();
    }

    /** The user as administrators see it (with sessions, keys and latest activity), at its row version. */
    private Versioned<ManagedUser> versioned(User user) {
        return new Versioned<>(ManagedUser.of(users.row(user)), user.getVersion());
    }

    /**
     * The caller's colour scheme for the pages, applied from their next page on.
     *
     * @throws dev.roster.problems.InvalidInputException unless it is one of {@link User#THEMES}
     */
    @RolesAllowed(Roles.USER)
    public void changeTheme(String theme) {
        if (theme == null || !User.THEMES.contains(theme)) {
            throw new InvalidInputException("theme", "must be one of " + String.join(", ", User.THEMES));
        }
        users.getById(currentUser.get().userId()).chooseTheme(theme);
    }

    /** The caller's chosen colour scheme. */
    @RolesAllowed(Roles.USER)
    public String theme() {
        return users.getById(currentUser.get().userId()).getTheme();
    }

    /** The caller's account, as this request's authentication read it ({@link UserRepresentation#of(Caller)}); no transaction. */
    @RolesAllowed(Roles.USER)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public UserRepresentation me() {
        return UserRepresentation.of(currentUser.get());
    }

    /**
     * Changes the caller's display name and/or password. A new password needs the current
     * one, and ends every other session of the caller (this one stays).
     *
     * @throws dev.roster.kernel.LoginSessionRequiredException when an API key asks for a new password
     * @throws CurrentPasswordRequiredException when a new password comes without the current one
     * @throws CurrentPasswordIncorrectException when the current password is wrong
     * @throws dev.roster.problems.InvalidInputException when the name or the new password breaks a rule
     */
    @RolesAllowed(Roles.USER)
    @Audited(value = AuditAction.USER_UPDATE, self = true)
    public UserRepresentation updateMe(ProfileChange change) {
        Caller caller = currentUser.get();
        boolean newPassword = change.newPassword() != null;
        if (newPassword) {
            caller.requireLoginSession();
        }
        if (newPassword && (change.currentPassword() == null || change.currentPassword().isEmpty())) {
            throw new CurrentPasswordRequiredException();
        }
        FieldErrors errors = new FieldErrors();
        Constraints.check(change, errors);
        String displayName = UserRules.storedDisplayName(change.displayName());
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
            events.fire(new AccountEvent.PasswordChanged(user.getId(), caller.sessionId(), false));
            if (user.clear(RequiredAction.CHANGE_PASSWORD, now)) {
                audit.success(actor(), AuditAction.REQUIRED_ACTION_DONE, AuditTarget.user(user.getId(), user.getEmail()),
                        List.of(RequiredAction.CHANGE_PASSWORD.code), null);
            }
        }
        if (change.displayName() != null && !Objects.equals(displayName, user.getDisplayName())) {
            audit.success(actor(), AuditAction.USER_UPDATE, AuditTarget.user(user.getId(), user.getEmail()), List.of("display_name"), null);
        }
        if (change.displayName() != null) {
            user.rename(displayName, now);
        }
        if (newPassword) {
            audit.success(actor(), AuditAction.PASSWORD_CHANGE, AuditTarget.user(user.getId(), user.getEmail()), List.of("password"), "Other sessions ended");
        }
        return UserRepresentation.of(user, caller.groupNames());
    }
}
