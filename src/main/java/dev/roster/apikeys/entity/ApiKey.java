package dev.roster.apikeys.entity;

import dev.roster.kernel.Limits;
import dev.roster.users.entity.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A personal API key. The key itself is shown once, at creation; only its SHA-256 is kept.
 * A key acts as its owner with the owner's role at the time of each request.
 */
@Entity
@Table(name = "api_keys")
public class ApiKey {


    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private User user;

    @Column(nullable = false, length = Limits.API_KEY_NAME_MAX)
    private String name;

    @Column(nullable = false, length = 16, updatable = false)
    private String prefix;

    @Column(name = "secret_hash", nullable = false, length = 64, updatable = false)
    private String secretHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiKey() {
    }

    public ApiKey(User user, String name, String prefix, String secretHash, Instant now, Instant expiresAt) {
        this.id = UUID.randomUUID().toString();
        this.user = user;
        this.name = name;
        this.prefix = prefix;
        this.secretHash = secretHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public String getId() {
        return id;
    }

    public User getUser() {
        return user;
    }

    public String getName() {
        return name;
    }

    public String getPrefix() {
        return prefix;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public boolean isUsable(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    /**
     * Whether a use now should be stored: uses are kept to the {@code resolution} (a minute), so a
     * busy script does not write on every request. The write itself is one column's update
     * ({@code ApiKeys.recordUse}), never this entity written back.
     */
    public boolean useIsDue(Instant now, Duration resolution) {
        return lastUsedAt == null || lastUsedAt.plus(resolution).isBefore(now);
    }
}
