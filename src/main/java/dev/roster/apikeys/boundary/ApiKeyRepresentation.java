package dev.roster.apikeys.boundary;

import dev.roster.apikeys.entity.ApiKey;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;

/**
 * An API key as listed: its name, the first characters that tell it apart, and its times.
 * {@code key} (the secret) is present only in the answer that created it.
 */
public record ApiKeyRepresentation(String keyId, String name, String prefix, Instant createdAt, Instant expiresAt,
                                   Instant lastUsedAt, @JsonbNillable(false) String key) {

    public static ApiKeyRepresentation of(ApiKey apiKey) {
        return of(apiKey, null);
    }

    public static ApiKeyRepresentation of(ApiKey apiKey, String key) {
        return new ApiKeyRepresentation(apiKey.getId(), apiKey.getName(), apiKey.getPrefix(), apiKey.getCreatedAt(),
                apiKey.getExpiresAt(), apiKey.getLastUsedAt(), key);
    }
}
