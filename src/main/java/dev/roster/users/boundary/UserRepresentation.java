package dev.roster.users.boundary;

import dev.roster.platform.Json;
import dev.roster.platform.JsonFields;
import dev.roster.sessions.control.Caller;
import dev.roster.users.control.UserRow;
import dev.roster.users.entity.User;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;

/**
 * A user as the API shows it. Built from the entity's public facts only: the password hash
 * and row version have no component here, so they cannot reach the wire.
 */
public record UserRepresentation(String userId, String email, String displayName, boolean isAdmin, boolean isActive,
                                 Instant createdAt, Instant updatedAt, Instant lastLoginAt, Activity activity) {

    /** What administrators also see of a user: live sessions, usable API keys, latest activity, a lockout after failed logins. */
    public record Activity(long activeSessions, long apiKeys, Instant lastSeenAt, Instant lockedUntil) {
    }

    public static UserRepresentation of(User user) {
        return of(user, null);
    }

    /**
     * The caller's own account, as this request's authentication read it from the user's row a
     * moment ago (with the session, in one query): no second read. Only an active user gets a caller.
     */
    public static UserRepresentation of(Caller caller) {
        return new UserRepresentation(caller.userId(), caller.email(), caller.displayName(), caller.admin(), true,
                caller.createdAt(), caller.updatedAt(), caller.lastLoginAt(), null);
    }

    public static UserRepresentation of(UserRow row) {
        return of(row.user(), new Activity(row.activeSessions(), row.apiKeys(), row.user().getLastSeenAt(), row.lockedUntil()));
    }

    private static UserRepresentation of(User user, Activity activity) {
        return new UserRepresentation(user.getId(), user.getEmail(), user.getDisplayName(), user.isAdmin(), user.isActive(),
                user.getCreatedAt(), user.getUpdatedAt(), user.getLastLoginAt(), activity);
    }

    public JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("user_id", userId)
                .add("email", email);
        JsonFields.add(json, "display_name", displayName)
                .add("is_admin", isAdmin)
                .add("is_active", isActive);
        JsonFields.add(json, "created_at", createdAt);
        JsonFields.add(json, "updated_at", updatedAt);
        JsonFields.add(json, "last_login_at", lastLoginAt);
        if (activity != null) {
            json.add("active_sessions", activity.activeSessions()).add("api_keys", activity.apiKeys());
            JsonFields.add(json, "last_seen_at", activity.lastSeenAt())
                    .add("is_locked", activity.lockedUntil() != null);
            JsonFields.add(json, "locked_until", activity.lockedUntil());
        }
        return json.build();
    }
}
