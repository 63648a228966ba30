package dev.roster.apikeys.boundary;

import dev.roster.apikeys.entity.ApiKey;
import dev.roster.platform.JsonFields;
import dev.roster.platform.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;

/**
 * An API key as listed: its name, the first characters that tell it apart, and its times.
 * {@code key} (the secret) is present only in the answer that created it.
 */
public record ApiKeyRepresentation(String keyId, String name, String prefix, Instant createdAt, Instant expiresAt,
                                   Instant lastUsedAt, String key) {

    public static ApiKeyRepresentation of(ApiKey apiKey) {
        return of(apiKey, null);
    }

    public static ApiKeyRepresentation of(ApiKey apiKey, String key) {
        return new ApiKeyRepresentation(apiKey.getId(), apiKey.getName(), apiKey.getPrefix(), apiKey.getCreatedAt(),
                apiKey.getExpiresAt(), apiKey.getLastUsedAt(), key);
    }

    public JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder().add("key_id", keyId).add("name", name).add("prefix", prefix);
        JsonFields.add(json, "created_at", createdAt);
        JsonFields.add(json, "expires_at", expiresAt);
        JsonFields.add(json, "last_used_at", lastUsedAt);
        if (key != null) {
            json.add("key", key);
        }
        return json.build();
    }
}
