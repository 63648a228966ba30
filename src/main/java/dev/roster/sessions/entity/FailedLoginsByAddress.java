package dev.roster.sessions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Failed logins from one client address in the current window, and until when that address is
 * refused. Written only by {@code LoginThrottle}'s atomic upserts; mapped for reading.
 */
@Entity
@Table(name = "failed_logins_by_address")
public class FailedLoginsByAddress {

    @Id
    @Column(length = 45)
    private String address;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected FailedLoginsByAddress() {
    }
}
