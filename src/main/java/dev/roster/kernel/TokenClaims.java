package dev.roster.kernel;

import java.time.Instant;
import java.util.List;

/**
 * What a Roster token says: who ({@code sub}, {@code upn}), as what ({@code groups}), for which
 * session ({@code jti}), until when, and how the login was proven ({@code amr}, RFC 8176:
 * {@code pwd}, then {@code otp} when a second factor was given).
 */
public record TokenClaims(String subject, String email, List<String> groups, Instant issuedAt, Instant expiresAt, String sessionId,
                          List<String> amr) {

    /** A password alone proved the login. */
    public static final List<String> PASSWORD = List.of("pwd");
    /** A password and a one-time code (or a recovery code) proved it. */
    public static final List<String> PASSWORD_AND_CODE = List.of("pwd", "otp");

    /** Claims of a login proven by its password alone. */
    public TokenClaims(String subject, String email, List<String> groups, Instant issuedAt, Instant expiresAt, String sessionId) {
        this(subject, email, groups, issuedAt, expiresAt, sessionId, PASSWORD);
    }
}
