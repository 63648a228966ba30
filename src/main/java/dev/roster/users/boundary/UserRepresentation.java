package dev.roster.users.boundary;

import dev.roster.kernel.Caller;
import dev.roster.users.entity.User;
import dev.roster.users.entity.UserStatus;
import java.time.Instant;
import java.util.List;

/**
 * A user as the user sees their own account (profile, login, setup). Built from the entity's
 * public facts only: the password hash and row version have no component here, so they cannot
 * reach the wire. Administrators see more: {@link ManagedUser}.
 */
public record UserRepresentation(String userId, String email, String displayName, boolean isAdmin, boolean isActive, String status,
                                 List<String> groups, Instant createdAt, Instant updatedAt, Instant lastLoginAt, boolean mfaEnabled,
                                 List<String> requiredActions) {

    /** The account, in the groups named (sorted; {@code Groups.namesOf}). */
    public static UserRepresentation of(User user, List<String> groups) {
        return new UserRepresentation(user.getId(), user.getEmail(), user.getDisplayName(), user.isAdmin(), user.isActive(),
                user.getStatus().code, groups, user.getCreatedAt(), user.getUpdatedAt(), user.getLastLoginAt(), user.isMfaEnabled(),
                user.getRequiredActions().stream().map(a -> a.code).toList());
    }

    /**
     * The caller's own account, as this request's authentication read it from the user's row a
     * moment ago (with the session, in one query): no second read. Only an active user gets a caller.
     */
    public static UserRepresentation of(Caller caller) {
        return new UserRepresentation(caller.userId(), caller.email(), caller.displayName(), caller.admin(), true,
                UserStatus.ACTIVE.code, caller.groupNames(), caller.createdAt(), caller.updatedAt(), caller.lastLoginAt(), caller.mfaEnabled(),
                caller.requiredActions());
    }
}
