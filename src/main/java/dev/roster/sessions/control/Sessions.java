package dev.roster.sessions.control;

import dev.roster.sessions.entity.UserSession;
import dev.roster.users.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Opens, finds and ends sessions, inside the calling service's transaction. */
@ApplicationScoped
public class Sessions {

    /** {@code last_seen_at} is kept to this resolution, so that a busy client does not write on every request. */
    static final Duration SEEN_RESOLUTION = Duration.ofMinutes(1);

    @PersistenceContext
    EntityManager em;

    protected Sessions() {
    }

    /** For use outside the container (the admin command line), over its own entity manager. */
    public Sessions(EntityManager em) {
        this.em = em;
    }

    public UserSession open(User user, Duration lifetime, boolean rememberMe, String ipAddress, String userAgent) {
        UserSession session = new UserSession(user, Instant.now(), lifetime, rememberMe, ipAddress, userAgent);
        em.persist(session);
        return session;
    }

    /** The session with its user, in one query. */
    public Optional<UserSession> findWithUser(String id) {
        return em.createQuery("select s from UserSession s join fetch s.user where s.id = :id", UserSession.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    public void touch(UserSession session, Instant now) {
        if (session.getLastSeenAt().plus(SEEN_RESOLUTION).isBefore(now)) {
            session.seen(now);
        }
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
                        + " where s.user.id = :user and s.revokedAt is null and (:keep is null or s.id <> :keep)")
                .setParameter("now", Instant.now())
                .setParameter("user", userId)
                .setParameter("keep", keep)
                .executeUpdate();
    }
}
