package dev.roster.mfa.control;

import dev.roster.audit.control.AuditTarget;
import dev.roster.audit.entity.AuditAction;
import dev.roster.kernel.Actor;
import java.time.Duration;
import java.util.Optional;

/**
 * Where wrong codes and passwords given to change a second factor count: the lockout of failed
 * logins, which {@code dev.roster.sessions} keeps and implements this with. Without it a stolen
 * session could try every code until one renewed the recovery codes.
 */
public interface CodeAttempts {

    /** How long the email or the client's address is still locked, if it is. */
    Optional<Duration> lockout(String email, String address);

    /** Counts a failure toward both lockouts and records it as {@code action}, in a transaction of its own (the refusal rolls back). */
    void failed(Actor actor, String email, AuditTarget target, AuditAction action, String reason);
}
