package dev.roster.sessions.control;

import dev.roster.kernel.Secrets;
import dev.roster.sessions.entity.UserSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Logins that gave the right password and wait for their second factor, inside the calling
 * service's transaction. The {@code mfa_token} handed out stands for one such login: it lives
 * {@link #LIFETIME}, is kept only as its SHA-256, counts only from the address that logged in,
 * and is taken (deleted) by the step that completes the login, so it is good once.
 */
@ApplicationScoped
public class MfaChallenges {

    public static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final int TOKEN_BYTES = 32;

    @PersistenceContext
    EntityManager em;

    /** The login waiting for its second factor: whose, and what the session it opens keeps of it. */
    public record Challenge(String id, String userId, boolean rememberMe) {
    }

    /** A new challenge for the user's login; the answer is its token, handed out once. */
    public String open(String userId, boolean rememberMe, String ipAddress, Instant now) {
        String token = Secrets.token(TOKEN_BYTES);
        em.createNativeQuery("insert into mfa_challenges (id, user_id, expires_at, remember_me, ip_address) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, Secrets.sha256(token)).setParameter(2, userId).setParameter(3, now.plus(LIFETIME))
                .setParameter(4, rememberMe).setParameter(5, clip(ipAddress)).executeUpdate();
        return token;
    }

    /** The live challenge of this token, if the token is one and comes from the address that logged in. */
    public Optional<Challenge> find(String token, String ipAddress, Instant now) {
        if (token == null || token.length() > 64) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, user_id, remember_me, ip_address from mfa_challenges where id = ?1 and expires_at > ?2")
                .setParameter(1, Secrets.sha256(token)).setParameter(2, now).getResultList();
        return rows.stream().filter(row -> Objects.equals(row[3], clip(ipAddress)))
                .map(row -> new Challenge((String) row[0], (String) row[1], toBoolean(row[2]))).findFirst();
    }

    /** Takes the challenge: true for the one request that does, false if another took it first. */
    public boolean take(Challenge challenge) {
        return em.createNativeQuery("delete from mfa_challenges where id = ?1").setParameter(1, challenge.id()).executeUpdate() == 1;
    }

    /** Deletes the challenges past their lifetime. */
    public int purgeEnded(Instant now) {
        return em.createNativeQuery("delete from mfa_challenges where expires_at <= ?1").setParameter(1, now).executeUpdate();
    }

    /** As the column keeps it (the sessions' rule): an address longer than any IPv6 text is cut. */
    private static String clip(String ipAddress) {
        return ipAddress == null || ipAddress.length() <= UserSession.IP_ADDRESS_MAX ? ipAddress
                : ipAddress.substring(0, UserSession.IP_ADDRESS_MAX);
    }

    private static boolean toBoolean(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}
