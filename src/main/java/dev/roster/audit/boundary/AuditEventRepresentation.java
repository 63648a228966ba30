package dev.roster.audit.boundary;

import dev.roster.audit.entity.AuditEvent;
import java.time.Instant;
import java.util.List;

/** An audit event as administrators read it. */
public record AuditEventRepresentation(Long eventId, Instant occurredAt, String actor, String actorEmail, String action,
                                       String targetUserId, String targetEmail, String objectId, String clientAddress,
                                       String result, String detail, List<String> changes) {

    public static AuditEventRepresentation of(AuditEvent event) {
        return new AuditEventRepresentation(event.getId(), event.getOccurredAt(), event.getActor(), event.getActorEmail(),
                event.getAction(), event.getTargetUserId(), event.getTargetEmail(), event.getObjectId(), event.getClientAddress(),
                event.getResult(), event.getDetail(), List.copyOf(event.getChanges()));
    }
}
