package dev.roster.sessions.boundary;

import dev.roster.users.boundary.UserRepresentation;
import jakarta.json.bind.annotation.JsonbTransient;

/** A successful login: the session's token, the user, and how many seconds the token lives. */
public record LoginResult(String token, UserRepresentation user, long expiresIn, @JsonbTransient boolean rememberMe) implements LoginAnswer {
}
