package dev.roster.audit.control;

import dev.roster.audit.entity.AuditAction;
import dev.roster.audit.entity.AuditEvent;
import dev.roster.kernel.Actor;
import dev.roster.kernel.Ids;
import dev.roster.kernel.Limits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * Writes audit events, in the caller's transaction: an action's event commits with the action
 * and goes with it when it rolls back. (A refusal, which rolls back, is recorded in a
 * transaction of its own by {@code AuditService}.) One insert per event, never a read.
 * Values are cut to their columns, so recording never fails an action for a long value; a
 * target "user id" that is not one of Roster's ids (what a refused request named) is kept as
 * the object acted on, never as a user.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    protected AuditTrail() {
    }

    /** For use outside the container (the admin command line), over its own entity manager. */
    public AuditTrail(EntityManager em) {
        this.em = em;
    }

    public void success(Actor actor, AuditAction action, AuditTarget target) {
        success(actor, action, target, List.of(), null);
    }

    public void success(Actor actor, AuditAction action, AuditTarget target, List<String> changes, String detail) {
        record(actor, action, target, true, detail, changes);
    }

    public void failure(Actor actor, AuditAction action, AuditTarget target, String reason) {
        record(actor, action, target, false, reason, List.of());
    }

    private void record(Actor actor, AuditAction action, AuditTarget target, boolean success, String detail, List<String> changes) {
        boolean userId = target.userId() == null || Ids.isId(target.userId());
        String objectId = userId ? target.objectId() : target.userId();
        em.persist(new AuditEvent(Instant.now(), actor.name(), Limits.cut(actor.email(), Limits.EMAIL_MAX), action, userId ? target.userId() : null,
                Limits.cut(target.email(), Limits.EMAIL_MAX), Limits.cut(objectId, 64), Limits.cut(actor.address(), Limits.CLIENT_ADDRESS_MAX),
                success, Limits.cut(detail, AuditEvent.DETAIL_MAX), changes));
    }
}
