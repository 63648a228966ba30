package dev.roster.sessions.control;

import dev.roster.audit.control.AuditTarget;
import dev.roster.audit.control.AuditTrail;
import dev.roster.audit.entity.AuditAction;
import dev.roster.kernel.Actor;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Records failed logins, each in a transaction of its own: the refused login's transaction
 * rolls back, and neither the count nor the audit event may go with it.
 */
@Stateless
public class FailedLogins {

    @Inject
    LoginThrottle throttle;

    @Inject
    AuditTrail audit;

    /** Counts the failure against the email and the actor's address, and records it and any lockout it starts. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(Actor actor, String email, AuditTarget target, String reason) {
        failed(actor, email, target, AuditAction.LOGIN, reason);
    }

    /** The same, recorded as {@code action} (a wrong code at the login's second step: {@code login.mfa_failure}). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(Actor actor, String email, AuditTarget target, AuditAction action, String reason) {
        LoginThrottle.Lockouts lockouts = throttle.recordFailure(email, actor.address(), Instant.now());
        audit.failure(actor, action, target, reason);
        Actor roster = Actor.system(actor.address());
        if (lockouts.email() != null) {
            audit.success(roster, AuditAction.LOCKOUT, target, List.of(), "Email locked for " + describe(lockouts.email()) + " after failed logins");
        }
        if (lockouts.address() != null) {
            audit.success(roster, AuditAction.LOCKOUT, AuditTarget.object(actor.address()), List.of(),
                    "Address locked for " + describe(lockouts.address()) + " after too many failed logins");
        }
    }

    /** Records a login refused for a reason that is no failed attempt (a lockout, an account awaiting approval); it does not count. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(Actor actor, AuditTarget target, String reason) {
        refused(actor, AuditAction.LOGIN, target, reason);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(Actor actor, AuditAction action, AuditTarget target, String reason) {
        audit.failure(actor, action, target, reason);
    }

    static String describe(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
    }
}
