package dev.roster.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * One thing that happened: when, who (a user id, {@code cli}, {@code system} or
 * {@code anonymous}, with the actor's email as it was), what, to whom (a user and, where there
 * is one, the session, key or signing key), from which address, and whether it worked. Names of
 * changed fields only, never their values. Immutable: written once, never updated.
 */
@Entity
@Table(name = "audit_events")
public class AuditEvent {

    public static final String SUCCESS = "success";
    public static final String FAILURE = "failure";
    public static final int DETAIL_MAX = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 36, updatable = false)
    private String actor;

    @Column(name = "actor_email", updatable = false)
    private String actorEmail;

    @Column(nullable = false, length = 32, updatable = false)
    private String action;

    @Column(name = "target_user_id", length = 36, updatable = false)
    private String targetUserId;

    @Column(name = "target_email", updatable = false)
    private String targetEmail;

    @Column(name = "object_id", length = 64, updatable = false)
    private String objectId;

    @Column(name = "client_address", length = 45, updatable = false)
    private String clientAddress;

    @Column(nullable = false, length = 7, updatable = false)
    private String result;

    @Column(length = DETAIL_MAX, updatable = false)
    private String detail;

    @Column(length = 255, updatable = false)
    private String changes;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, String actor, String actorEmail, AuditAction action, String targetUserId, String targetEmail,
                      String objectId, String clientAddress, boolean success, String detail, List<String> changes) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorEmail = actorEmail;
        this.action = action.code;
        this.targetUserId = targetUserId;
        this.targetEmail = targetEmail;
        this.objectId = objectId;
        this.clientAddress = clientAddress;
        this.result = success ? SUCCESS : FAILURE;
        this.detail = detail;
        this.changes = changes == null || changes.isEmpty() ? null : String.join(",", changes);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getActorEmail() {
        return actorEmail;
    }

    public String getAction() {
        return action;
    }

    public String getTargetUserId() {
        return targetUserId;
    }

    public String getTargetEmail() {
        return targetEmail;
    }

    public String getObjectId() {
        return objectId;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getResult() {
        return result;
    }

    public String getDetail() {
        return detail;
    }

    public List<String> getChanges() {
        return changes == null ? List.of() : List.of(changes.split(","));
    }
}
