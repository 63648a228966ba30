package dev.roster.sessions.boundary;

import dev.roster.users.boundary.UserRepresentation;
import dev.roster.platform.Json;
import jakarta.json.JsonObject;

/** A successful login: the session's token, the user, and how many seconds the token lives. */
public record LoginResult(String token, UserRepresentation user, long expiresIn, boolean rememberMe) {

    public JsonObject toJson() {
        return Json.createObjectBuilder()
                .add("token", token)
                .add("user", user.toJson())
                .add("expires_in", expiresIn)
                .build();
    }
}
