package dev.roster.sessions.control;

import dev.roster.platform.Roles;
import java.util.List;

/**
 * Who is calling, as the authentication mechanism established it for this request: the
 * user and their role as the database says now, the session, and the token's claims.
 */
public record Caller(String userId, String email, boolean admin, String sessionId, TokenClaims claims, String token) {

    public List<String> groups() {
        return Roles.of(admin);
    }
}
