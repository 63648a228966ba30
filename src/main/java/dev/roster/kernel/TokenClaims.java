package dev.roster.kernel;

import java.time.Instant;
import java.util.List;

/** What a Roster token says: who ({@code sub}, {@code upn}), as what ({@code groups}), for which session ({@code jti}), until when. */
public record TokenClaims(String subject, String email, List<String> groups, Instant issuedAt, Instant expiresAt, String sessionId) {
}
