package dev.roster.audit.control;


/**
 * Whom an event concerns: a user (id and email as they were; either may be unknown, as for a
 * failed login with an unknown email) and the session, key or signing key acted on, if any.
 */
public record AuditTarget(String userId, String email, String objectId) {

    public static AuditTarget user(String userId, String email) {
        return new AuditTarget(userId, email, null);
    }

    public static AuditTarget object(String objectId) {
        return new AuditTarget(null, null, objectId);
    }

    public AuditTarget with(String object) {
        return new AuditTarget(userId, email, object);
    }
}
