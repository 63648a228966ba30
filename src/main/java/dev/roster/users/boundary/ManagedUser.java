package dev.roster.users.boundary;

import dev.roster.users.control.UserRow;
import dev.roster.users.entity.User;
import java.time.Instant;
import java.util.List;

/**
 * A user as administrators see it: the account's public facts (those of
 * {@link UserRepresentation}, its groups among them), and its activity: live sessions, usable API keys, latest
 * activity, a lockout after failed logins; whether logging in takes a second factor, and what the
 * user must do before anything else.
 */
public record ManagedUser(String userId, String email, String displayName, boolean isAdmin, boolean isActive, String status,
                          List<String> groups, Instant createdAt, Instant updatedAt, Instant lastLoginAt,
                          long activeSessions, long apiKeys, Instant lastSeenAt, boolean isLocked, Instant lockedUntil, boolean mfaEnabled,
                          List<String> requiredActions) {

    public static ManagedUser of(UserRow row) {
        User user = row.user();
        return new ManagedUser(user.getId(), user.getEmail(), user.getDisplayName(), user.isAdmin(), user.isActive(),
                user.getStatus().code, row.groups(), user.getCreatedAt(), user.getUpdatedAt(), user.getLastLoginAt(),
                row.activeSessions(), row.apiKeys(), user.getLastSeenAt(), row.lockedUntil() != null, row.lockedUntil(), user.isMfaEnabled(),
                user.getRequiredActions().stream().map(a -> a.code).toList());
    }
}
