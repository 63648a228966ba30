package dev.roster.audit.boundary;

import dev.roster.audit.control.AuditLog;
import dev.roster.audit.control.AuditQuery;
import dev.roster.audit.control.AuditTarget;
import dev.roster.audit.control.AuditTrail;
import dev.roster.audit.entity.AuditAction;
import dev.roster.kernel.Actor;
import dev.roster.kernel.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Administrators read the audit log; refusals are written to it apart from the refused action. */
@Stateless
@DenyAll
public class AuditService {

    @Inject
    AuditLog log;

    @Inject
    AuditTrail trail;

    @RolesAllowed(Roles.ADMIN)
    public AuditLog.Page list(AuditQuery query) {
        return log.search(query);
    }

    /**
     * Records a refused action in a transaction of its own, which commits although the action's
     * rolls back. Open to every caller: anyone's refusal is recorded.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(Actor actor, AuditAction action, AuditTarget target, String reason) {
        trail.failure(actor, action, target, reason);
    }
}
