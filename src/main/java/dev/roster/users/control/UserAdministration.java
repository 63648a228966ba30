package dev.roster.users.control;

import dev.roster.audit.control.AuditTarget;
import dev.roster.audit.control.AuditTrail;
import dev.roster.audit.entity.AuditAction;
import dev.roster.kernel.Actor;
import dev.roster.kernel.Limits;
import dev.roster.problems.BusinessException;
import dev.roster.problems.Constraints;
import dev.roster.problems.FieldErrors;
import dev.roster.users.entity.LastAdministratorException;
import dev.roster.users.entity.NotAdministratorException;
import dev.roster.users.entity.NotPendingException;
import dev.roster.users.entity.OwnAccountDeactivationException;
import dev.roster.users.entity.OwnAccountDeletionException;
import dev.roster.users.entity.PendingAccountException;
import dev.roster.users.entity.RequiredAction;
import dev.roster.users.entity.User;
import dev.roster.users.entity.UserGroup;
import dev.roster.users.entity.UserChangedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The rules of creating, changing and deleting users, for every way in: the API and the
 * pages (through {@code UserService}, which knows the caller and holds the transaction) and
 * the admin command line (which builds this class itself, outside the container). Never
 * zero active administrators, decided under the administrators' lock so that concurrent
 * changes cannot both pass; no deleting or deactivating one's own account; deactivation and
 * password resets end the user's sessions at once, and a reset the user's API keys unless the
 * administrator keeps them (an {@link AccountEvent}, which sessions and API keys observe). Each
 * change is recorded in the audit log, in the caller's transaction, which it runs inside.
 */
@ApplicationScoped
public class UserAdministration {

    @Inject
    Users users;

    @Inject
    PasswordPolicy policy;

    @Inject
    PasswordHasher hasher;

    Consumer<AccountEvent> events;

    @Inject
    AdministratorLock administratorLock;

    @Inject
    AuditTrail audit;

    @Inject
    Groups groups;

    protected UserAdministration() {
    }

    /** For the command line, which hands the {@link AccountEvent}s to their observers itself. */
    public UserAdministration(Users users, PasswordPolicy policy, PasswordHasher hasher, Consumer<AccountEvent> events,
                              AdministratorLock administratorLock, AuditTrail audit, Groups groups) {
        this.groups = groups;
        this.users = users;
        this.policy = policy;
        this.hasher = hasher;
        this.events = events;
        this.administratorLock = administratorLock;
        this.audit = audit;
    }

    @Inject
    void fireEventsWith(Event<AccountEvent> event) {
        events = event::fire;
    }

    /**
     * Creates an active user. Any administrator, and the command line, may create any user.
     *
     * @throws dev.roster.problems.InvalidInputException when a field breaks a rule
     * @throws dev.roster.users.entity.DuplicateEmailException when the email is taken
     */
    public User create(Actor actor, NewAccount account) {
        return create(actor, account, List.of());
    }

    /**
     * Creates an active user in the named groups.
     *
     * @throws dev.roster.problems.InvalidInputException when a field breaks a rule, or {@code groupNames} names no group
     * @throws dev.roster.users.entity.DuplicateEmailException when the email is taken
     */
    public User create(Actor actor, NewAccount account, List<String> groupNames) {
        return create(actor, account, groupNames, false);
    }

    /**
     * Creates a user in the named groups; a password that {@link PasswordGenerator} made is hashed
     * at least cost ({@link Users#create(NewAccount, boolean)}).
     */
    public User create(Actor actor, NewAccount account, List<String> groupNames, boolean generatedPassword) {
        return create(actor, account, groupNames, generatedPassword, false);
    }

    /** The same; with {@code requirePasswordChange}, the user chooses their own password at their first login. */
    public User create(Actor actor, NewAccount account, List<String> groupNames, boolean generatedPassword, boolean requirePasswordChange) {
        User user = users.create(account, generatedPassword);
        List<String> fields = new ArrayList<>(List.of("email", "password"));
        if (user.getDisplayName() != null) {
            fields.add("display_name");
        }
        boolean admin = account.admin();
        if (admin) {
            fields.add("is_admin");
        }
        audit.success(actor, AuditAction.USER_CREATE, AuditTarget.user(user.getId(), user.getEmail()), fields, admin ? "Administrator" : null);
        if (!groupNames.isEmpty()) {
            groups.setGroupsOf(actor, user, groupNames);
        }
        if (requirePasswordChange) {
            require(actor, user, RequiredAction.CHANGE_PASSWORD, Instant.now());
        }
        return user;
    }

    private void require(Actor actor, User user, RequiredAction action, Instant now) {
        user.require(action, now);
        audit.success(actor, AuditAction.REQUIRED_ACTION_SET, AuditTarget.user(user.getId(), user.getEmail()), List.of(action.code), null);
    }

    /**
     * Applies a change to a user.
     *
     * @param expectedVersion the version the actor last read, or null to apply regardless
     * @throws UserChangedException when the user changed since {@code expectedVersion}
     * @throws LastAdministratorException when it would demote or deactivate the last active administrator
     * @throws OwnAccountDeactivationException when an administrator deactivates themselves
     * @throws dev.roster.problems.InvalidInputException when a field breaks a rule, or {@code groups} names no group
     * @throws dev.roster.users.entity.DuplicateEmailException when the new email is taken
     */
    public User update(Actor actor, String userId, UserChange change, Long expectedVersion) {
        lockAdministrators(actor);
        User user = users.getById(userId);
        if (expectedVersion != null && expectedVersion != user.getVersion()) {
            throw new UserChangedException();
        }
        FieldErrors errors = new FieldErrors();
        Constraints.check(change, errors);
        if (change.password() != null) {
            policy.violation(change.password()).ifPresent(rule -> errors.add("password", rule));
        } else if (change.requirePasswordChange()) {
            errors.add("require_password_change", "goes with a new password");
        }
        errors.throwIfAny();

        boolean self = actor.is(user.getId());
        if (change.active() != null && user.isPending()) {
            throw new PendingAccountException();
        }
        boolean demotes = Boolean.FALSE.equals(change.admin()) && user.isAdmin();
        boolean deactivates = Boolean.FALSE.equals(change.active()) && user.isActive();
        if (deactivates && self) {
            throw new OwnAccountDeactivationException();
        }
        if ((demotes || deactivates) && removesAnActiveAdministrator(user)) {
            throw new LastAdministratorException();
        }

        Instant now = Instant.now();
        String oldEmail = user.getEmail();
        List<String> edited = new ArrayList<>();
        String displayName = UserRules.storedDisplayName(change.displayName());
        if (change.displayName() != null && !Objects.equals(displayName, user.getDisplayName())) {
            user.rename(displayName, now);
            edited.add("display_name");
        }
        String email = change.email();
        if (email != null && !email.equals(user.getEmail())) {
            users.requireFree(email, user);
            user.changeEmail(email, now);
            edited.add("email");
        }
        boolean roleChanges = change.admin() != null && change.admin() != user.isAdmin();
        if (roleChanges) {
            user.changeRole(change.admin(), now);
        }
        boolean statusChanges = change.active() != null && change.active() != user.isActive();
        if (statusChanges) {
            user.changeStatus(change.active(), now);
        }
        if (change.password() != null) {
            user.changePasswordHash(hasher.hash(change.password()), now);
        }
        users.flush(user);
        if (change.groups() != null) {
            groups.setGroupsOf(actor, user, change.groups());
        }
        if (deactivates) {
            events.accept(new AccountEvent.Deactivated(user.getId()));
        }
        if (change.password() != null) {
            // A reset of one's own password keeps the session it was made from, as on the profile.
            events.accept(new AccountEvent.PasswordChanged(user.getId(), self ? actor.sessionId() : null, change.revokeApiKeys()));
        }

        AuditTarget target = AuditTarget.user(user.getId(), user.getEmail());
        if (!edited.isEmpty()) {
            audit.success(actor, AuditAction.USER_UPDATE, target, edited, edited.contains("email") ? "Email was " + oldEmail : null);
        }
        if (roleChanges) {
            audit.success(actor, user.isAdmin() ? AuditAction.USER_PROMOTE : AuditAction.USER_DEMOTE, target, List.of("is_admin"), null);
        }
        if (statusChanges) {
            audit.success(actor, user.isActive() ? AuditAction.USER_ACTIVATE : AuditAction.USER_DEACTIVATE, target, List.of("is_active"), null);
        }
        if (change.password() != null) {
            audit.success(actor, AuditAction.PASSWORD_RESET, target, List.of("password"), change.revokeApiKeys() ? "API keys revoked" : "API keys kept");
            if (change.requirePasswordChange()) {
                require(actor, user, RequiredAction.CHANGE_PASSWORD, now);
            } else if (self && user.clear(RequiredAction.CHANGE_PASSWORD, now)) {
                audit.success(actor, AuditAction.REQUIRED_ACTION_DONE, target, List.of(RequiredAction.CHANGE_PASSWORD.code), null);
            }
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
        AuditTarget target = AuditTarget.user(user.getId(), user.getEmail());
        users.delete(user);
        audit.success(actor, AuditAction.USER_DELETE, target);
    }

    /**
     * Approves an account registered by its owner: it becomes active and may log in.
     *
     * @throws NotPendingException when the account does not await approval
     */
    public User approve(Actor actor, String userId) {
        lockAdministrators(actor);
        User user = users.getById(userId);
        if (!user.isPending()) {
            throw new NotPendingException();
        }
        user.approve(Instant.now());
        users.flush(user);
        audit.success(actor, AuditAction.USER_APPROVE, AuditTarget.user(user.getId(), user.getEmail()), List.of("status"), null);
        return user;
    }

    /**
     * Rejects an account registered by its owner: it is deleted, and its email is free again.
     *
     * @throws NotPendingException when the account does not await approval
     */
    public void reject(Actor actor, String userId) {
        lockAdministrators(actor);
        User user = users.getById(userId);
        if (!user.isPending()) {
            throw new NotPendingException();
        }
        AuditTarget target = AuditTarget.user(user.getId(), user.getEmail());
        users.delete(user);
        audit.success(actor, AuditAction.USER_REJECT, target);
    }

    /**
     * Applies one action to each of the users named, each by the rules of its single-user action:
     * the last active administrator stays (the one a batch would remove last is refused with
     * {@code Cannot remove the last administrator}), and no one deletes or deactivates their own
     * account. The whole batch runs under the administrators' lock, so a racing batch waits and
     * then counts what this one left. A user's refusal is reported in the result and stops no other;
     * each change and each refusal is audited as the single action's event, and the batch once more
     * as {@code users.bulk} with its counts.
     *
     * @throws dev.roster.problems.InvalidInputException for an unknown action, no or too many ids, a missing or unknown group
     */
    public BulkResult bulk(Actor actor, String action, List<String> userIds, String groupName) {
        FieldErrors errors = new FieldErrors();
        BulkAction bulk = action == null ? null : BulkAction.ofCode(action.strip()).orElse(null);
        if (bulk == null) {
            errors.add("action", action == null || action.isBlank() ? "is required" : "must be one of " + BulkAction.codes());
        }
        List<String> ids = userIds == null ? List.of() : userIds.stream().distinct().toList();
        if (ids.isEmpty()) {
            errors.add("user_ids", "is required");
        } else if (ids.size() > Groups.MEMBERS_MAX) {
            errors.add("user_ids", "must hold at most " + Groups.MEMBERS_MAX + " ids");
        }
        UserGroup group = null;
        if (bulk != null && bulk.needsGroup()) {
            group = groupName == null || groupName.isBlank() ? null : groups.findByName(groupName).orElse(null);
            if (group == null) {
                errors.add("group", groupName == null || groupName.isBlank() ? "is required for " + bulk.code
                        : "no group is named " + Limits.cut(groupName.strip(), Limits.GROUP_NAME_MAX));
            }
        }
        errors.throwIfAny();

        lockAdministrators(actor);
        List<BulkResult.Row> rows = new ArrayList<>();
        for (String id : ids) {
            try {
                apply(actor, bulk, id, group);
                rows.add(BulkResult.Row.ok(id));
            } catch (BusinessException refusal) {
                audit.failure(actor, bulk.audited, AuditTarget.user(id, null), refusal.getMessage());
                rows.add(BulkResult.Row.error(id, refusal.getMessage()));
            }
        }
        BulkResult result = BulkResult.of(rows);
        audit.success(actor, AuditAction.USERS_BULK, AuditTarget.object(group == null ? null : group.getId()), List.of(),
                bulk.code + ": " + result.succeeded() + " succeeded, " + result.failed() + " failed");
        return result;
    }

    private void apply(Actor actor, BulkAction bulk, String userId, UserGroup group) {
        switch (bulk) {
            case ACTIVATE -> update(actor, userId, new UserChange(null, null, null, null, true), null);
            case DEACTIVATE -> update(actor, userId, new UserChange(null, null, null, null, false), null);
            case DELETE -> delete(actor, userId);
            case APPROVE -> approve(actor, userId);
            case ADD_TO_GROUP -> groups.addMembers(actor, group.getId(), List.of(users.getById(userId).getId()));
            case REMOVE_FROM_GROUP -> groups.removeMember(actor, group.getId(), users.getById(userId).getId());
        }
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
