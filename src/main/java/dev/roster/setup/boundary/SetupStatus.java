package dev.roster.setup.boundary;

import dev.roster.platform.Json;
import jakarta.json.JsonObject;

/** What an anonymous client may know before logging in: whether setup is needed and which rules apply. */
public record SetupStatus(boolean setupRequired, boolean strictPasswordChecking, boolean registrationEnabled) {

    public JsonObject toJson() {
        return Json.createObjectBuilder()
                .add("setup_required", setupRequired)
                .add("multiuser_enabled", true)
                .add("strict_password_checking", strictPasswordChecking)
                .add("registration_enabled", registrationEnabled)
                .build();
    }
}
