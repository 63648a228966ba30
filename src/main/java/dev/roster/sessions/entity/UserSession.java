package dev.roster.sessions.entity;

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
import java.util.List;
import java.util.UUID;

/**
 * One login. Its id is the {@code jti} of the token handed out for it, so revoking the row
 * kills the token on its very next use, whatever the token's own expiry says.
 */
@Entity
@Table(name = "sessions")
public class UserSession {

    public static final int USER_AGENT_MAX = 512;
    public static final int IP_ADDRESS_MAX = 45;

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private User user;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "ip_address", length = IP_ADDRESS_MAX)
    private String ipAddress;

    @Column(name = "user_agent", length = USER_AGENT_MAX)
    private String userAgent;

    @Column(name = "remember_me", nullable = false)
    private boolean rememberMe;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    /** How the login was proven: {@code pwd}, or {@code pwd otp} with a second factor (the token's {@code amr}). */
    @Column(nullable = false, length = 16)
    private String amr;

    protected UserSession() {
    }

    public UserSession(User user, Instant now, Duration lifetime, boolean rememberMe, String ipAddress, String userAgent, List<String> amr) {
        this.id = UUID.randomUUID().toString();
        this.user = user;
        this.createdAt = now;
        this.expiresAt = now.plus(lifetime);
        this.lastSeenAt = now;
        this.rememberMe = rememberMe;
        this.ipAddress = clip(ipAddress, IP_ADDRESS_MAX);
        this.userAgent = clip(userAgent, USER_AGENT_MAX);
        this.amr = String.join(" ", amr);
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public String getId() {
        return id;
    }

    public User getUser() {
        return user;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastSeenAt() {
        return lastSeenAt;
    }

    public String getIpAddress() {
        return ipAddress;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public boolean isRememberMe() {
        return rememberMe;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public List<String> getAmr() {
        return List.of(amr.split(" "));
    }
}
