package dev.roster.sessions.boundary;

import dev.roster.platform.JsonFields;
import dev.roster.sessions.entity.UserSession;
import dev.roster.platform.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;

/** A session as its owner and administrators see it: never the token, only where and when. */
public record SessionRepresentation(String sessionId, Instant createdAt, Instant lastSeenAt, Instant expiresAt,
                                    String ipAddress, String userAgent, boolean rememberMe, boolean current) {

    public static SessionRepresentation of(UserSession session, String currentSessionId) {
        return new SessionRepresentation(session.getId(), session.getCreatedAt(), session.getLastSeenAt(), session.getExpiresAt(),
                session.getIpAddress(), session.getUserAgent(), session.isRememberMe(), session.getId().equals(currentSessionId));
    }

    public JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder().add("session_id", sessionId);
        JsonFields.add(json, "created_at", createdAt);
        JsonFields.add(json, "last_seen_at", lastSeenAt);
        JsonFields.add(json, "expires_at", expiresAt);
        JsonFields.add(json, "ip_address", ipAddress);
        JsonFields.add(json, "user_agent", userAgent);
        return json.add("remember_me", rememberMe).add("is_current", current).build();
    }
}
