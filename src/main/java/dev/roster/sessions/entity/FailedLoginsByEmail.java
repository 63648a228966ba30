package dev.roster.sessions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Consecutive failed logins for one normalised email, and until when that email is refused.
 * Written only by {@code LoginThrottle}'s atomic upserts; mapped for reading.
 */
@Entity
@Table(name = "failed_logins_by_email")
public class FailedLoginsByEmail {

    @Id
    private String email;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected FailedLoginsByEmail() {
    }
}
