package dev.roster.sessions.control;

import dev.roster.sessions.entity.SessionNotFoundException;
import dev.roster.sessions.entity.UserSession;
import dev.roster.users.control.AccountEvent;
import dev.roster.users.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opens, finds and ends sessions, inside the calling service's transaction. The one place
 * that decides whether a session is live: not revoked, not past its expiry, and, when an
 * idle timeout is configured ({@code roster.session.idle-minutes}), seen recently enough.
 */
@ApplicationScoped
public class Sessions {

    /** {@code last_seen_at} is kept to this resolution, so that a busy client does not write on every request. */
    public static final Duration SEEN_RESOLUTION = Duration.ofMinutes(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "roster.session.idle-minutes", defaultValue = "0")
    int idleMinutes;

    protected Sessions() {
    }

    /** For use outside the container (the admin command line), over its own entity manager. */
    public Sessions(EntityManager em) {
        this.em = em;
    }

    /** A new session for a login proven as {@code amr} says ({@link dev.roster.kernel.TokenClaims#PASSWORD}, ...). */
    public UserSession open(User user, Duration lifetime, boolean rememberMe, String ipAddress, String userAgent, List<String> amr) {
        UserSession session = new UserSession(user, Instant.now(), lifetime, rememberMe, ipAddress, userAgent, amr);
        em.persist(session);
        return session;
    }

    /** Whether a session with these columns is live at {@code now} ({@link Callers} reads them without JPA). */
    public boolean isLive(Instant revokedAt, Instant expiresAt, Instant lastSeenAt, Instant now) {
        return revokedAt == null && now.isBefore(expiresAt)
                && (idleMinutes <= 0 || now.isBefore(lastSeenAt.plus(idleTimeout()).plus(SEEN_RESOLUTION)));
    }

    /** The user's live sessions, newest first. */
    public List<UserSession> liveOf(String userId, Instant now) {
        return em.createQuery("select s from UserSession s where s.user.id = :user and s.revokedAt is null and s.expiresAt > :now"
                        + " and s.lastSeenAt > :idleSince order by s.createdAt desc, s.id", UserSession.class)
                .setParameter("user", userId)
                .setParameter("now", now)
                .setParameter("idleSince", idleSince(now))
                .getResultList();
    }

    /**
     * One live session of the user.
     *
     * @throws SessionNotFoundException when the user has no such live session (another user's id included)
     */
    public UserSession getLiveOf(String userId, String sessionId, Instant now) {
        return liveOf(userId, now).stream().filter(s -> s.getId().equals(sessionId)).findFirst()
                .orElseThrow(SessionNotFoundException::new);
    }

    /**
     * Whether activity now should be stored ({@link #recordSeen}): at most once per
     * {@link #SEEN_RESOLUTION}, so that a busy client does not write on every request.
     */
    public boolean seenIsDue(Instant lastSeenAt, Instant now) {
        return lastSeenAt.plus(SEEN_RESOLUTION).isBefore(now);
    }

    /**
     * Stores a session's activity by updating that one column: a row read earlier is never
     * written back whole, so a revocation committed in between stays revoked.
     */
    public void recordSeen(String sessionId, Instant now) {
        em.createQuery("update UserSession s set s.lastSeenAt = :now where s.id = :id and s.lastSeenAt < :now")
                .setParameter("now", now)
                .setParameter("id", sessionId)
                .executeUpdate();
    }

    public void revoke(String sessionId) {
        em.createQuery("update UserSession s set s.revokedAt = :now where s.id = :id and s.revokedAt is null")
                .setParameter("now", Instant.now())
                .setParameter("id", sessionId)
                .executeUpdate();
    }

    /** Ends every live session of the user except {@code keep} (which may be null: then all). */
    public int revokeAllOf(String userId, String keep) {
        return em.createQuery("update UserSession s set s.revokedAt = :now"
                        + " where s.user.id = :user and s.revokedAt is null and s.expiresAt > :now and (:keep is null or s.id <> :keep)")
                .setParameter("now", Instant.now())
                .setParameter("user", userId)
                .setParameter("keep", keep)
                .executeUpdate();
    }

    /**
     * A deactivated account's sessions end, and a changed password's end but for the session
     * the change came from; at once, in the change's transaction.
     */
    public void on(@Observes AccountEvent event) {
        if (event instanceof AccountEvent.PasswordChanged changed) {
            revokeAllOf(changed.userId(), changed.keptSessionId());
        } else {
            revokeAllOf(event.userId(), null);
        }
    }

    /** Deletes the sessions that can never be used again: revoked, expired, or idle past the timeout. */
    public int purgeEnded(Instant now) {
        return em.createQuery("delete from UserSession s where s.revokedAt is not null or s.expiresAt <= :now or s.lastSeenAt <= :idleSince")
                .setParameter("now", now)
                .setParameter("idleSince", idleSince(now))
                .executeUpdate();
    }

    private Duration idleTimeout() {
        return Duration.ofMinutes(idleMinutes);
    }

    /** Sessions last seen at or before this instant are idle; the epoch when there is no idle timeout. */
    private Instant idleSince(Instant now) {
        return idleMinutes <= 0 ? Instant.EPOCH : now.minus(idleTimeout()).minus(SEEN_RESOLUTION);
    }
}
