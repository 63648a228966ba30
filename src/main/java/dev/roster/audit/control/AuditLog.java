package dev.roster.audit.control;

import dev.roster.audit.entity.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the audit log, and deletes what is older than the retention period. Nothing else deletes or changes events. */
@ApplicationScoped
public class AuditLog {

    /** Rows deleted per statement by the retention purge, so that it never holds long locks. */
    private static final int PURGE_BATCH = 5_000;

    @PersistenceContext
    EntityManager em;

    public record Page(List<AuditEvent> events, long total) {
    }

    public Page search(AuditQuery query) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        // Ids (users', sessions', keys', and cli, system, anonymous) are ASCII and kept in ASCII columns, which
        // MariaDB cannot compare with other text: a term that is not ASCII can only be an email.
        if (query.actor() != null) {
            conditions.add(isAscii(query.actor()) ? "(e.actor = :actor or e.actorEmail = :actor)" : "e.actorEmail = :actor");
            parameters.put("actor", query.actor());
        }
        if (query.target() != null) {
            conditions.add(isAscii(query.target()) ? "(e.targetUserId = :target or e.targetEmail = :target or e.objectId = :target)"
                    : "e.targetEmail = :target");
            parameters.put("target", query.target());
        }
        if (query.action() != null) {
            conditions.add("e.action = :action");
            parameters.put("action", query.action().code);
        }
        if (query.from() != null) {
            conditions.add("e.occurredAt >= :from");
            parameters.put("from", query.from());
        }
        if (query.to() != null) {
            conditions.add("e.occurredAt < :to");
            parameters.put("to", query.to());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEvent e" + where, Long.class);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        if (total <= query.offset()) {
            return new Page(List.of(), total);
        }
        TypedQuery<AuditEvent> page = em.createQuery("select e from AuditEvent e" + where + " order by e.occurredAt desc, e.id desc", AuditEvent.class);
        parameters.forEach(page::setParameter);
        return new Page(page.setFirstResult(query.offset()).setMaxResults(query.limit()).getResultList(), total);
    }

    /** Deletes the events that happened before {@code cutoff}, a batch at a time; answers how many went. */
    public int purgeOlderThan(Instant cutoff) {
        int deleted = 0;
        int batch;
        do {
            batch = em.createNativeQuery("delete from audit_events where occurred_at < ? order by occurred_at limit " + PURGE_BATCH)
                    .setParameter(1, cutoff)
                    .executeUpdate();
            deleted += batch;
        } while (batch == PURGE_BATCH);
        return deleted;
    }

    private static boolean isAscii(String text) {
        return text.chars().allMatch(c -> c < 0x80);
    }
}
