package dev.roster.kernel;

import java.time.Instant;
import java.util.List;

/**
 * Who is calling, as the authentication mechanism established it for this request: the
 * user, their name, role, groups' names and chosen page theme as the database says now, and what they presented: a login session
 * (its id and its token's claims) or a personal API key (its id; no session, no claims). The account's
 * times, whether it has two-factor sign-in and what it must do first ({@code change_password},
 * {@code enrol_mfa}: until then a login session is limited to that) come from the same read of the
 * user's row, so {@code GET /auth/me} needs no second one.
 */
public record Caller(String userId, String email, String displayName, boolean admin, List<String> groupNames, String theme, String sessionId,
                     String apiKeyId, TokenClaims claims, String token, Instant createdAt, Instant updatedAt, Instant lastLoginAt,
                     boolean mfaEnabled, List<String> requiredActions) {

    /** The caller's roles, which Roster's own {@code @RolesAllowed} checks. */
    public List<String> roles() {
        return Roles.of(admin);
    }

    /** What a token's {@code groups} claim says of the caller now: the roles, then the groups' names. */
    public List<String> groups() {
        return Roles.withGroups(admin, groupNames);
    }

    /** Whether the caller came with a login session that must first do {@link #requiredActions}; API keys never are. */
    public boolean isLimited() {
        return sessionId != null && !requiredActions.isEmpty();
    }

    /**
     * The caller's login session, for what an API key must not do (create keys, change the password).
     *
     * @throws LoginSessionRequiredException when the caller came with an API key
     */
    public String requireLoginSession() {
        if (sessionId == null) {
            throw new LoginSessionRequiredException();
        }
        return sessionId;
    }
}
