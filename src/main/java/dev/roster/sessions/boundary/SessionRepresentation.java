package dev.roster.sessions.boundary;

import dev.roster.sessions.entity.UserSession;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.List;

/**
 * A session as its owner and administrators see it: never the token, only where and when, and
 * how its login was proven ({@code amr}: {@code ["pwd"]}, or {@code ["pwd","otp"]} with a second factor).
 */
public record SessionRepresentation(String sessionId, Instant createdAt, Instant lastSeenAt, Instant expiresAt,
                                    String ipAddress, String userAgent, boolean rememberMe, @JsonbProperty("is_current") boolean current,
                                    List<String> amr) {

    public static SessionRepresentation of(UserSession session, String currentSessionId) {
        return new SessionRepresentation(session.getId(), session.getCreatedAt(), session.getLastSeenAt(), session.getExpiresAt(),
                session.getIpAddress(), session.getUserAgent(), session.isRememberMe(), session.getId().equals(currentSessionId),
                session.getAmr());
    }
}
