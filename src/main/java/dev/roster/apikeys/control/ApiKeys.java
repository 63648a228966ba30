package dev.roster.apikeys.control;

import dev.roster.apikeys.entity.ApiKey;
import dev.roster.apikeys.entity.ApiKeyNotFoundException;
import dev.roster.kernel.Ids;
import dev.roster.kernel.Secrets;
import dev.roster.users.control.AccountEvent;
import dev.roster.users.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Issues, finds and revokes personal API keys, inside the calling service's transaction.
 * A key is {@value #PREFIX} followed by 256 random bits (Base64url); it is recognised by
 * that prefix and found by its SHA-256, the only form in which it is stored.
 */
@ApplicationScoped
public class ApiKeys {

    public static final String PREFIX = "rk_";
    private static final int SECRET_BYTES = 32;
    /** How much of the key is kept in clear to tell keys apart: the prefix and 7 characters (42 bits). */
    private static final int SHOWN_CHARACTERS = PREFIX.length() + 7;


    @PersistenceContext
    EntityManager em;

    protected ApiKeys() {
    }

    /** For the command line, which has no container. */
    public ApiKeys(EntityManager em) {
        this.em = em;
    }

    /** A new key: the stored row and the key itself, which exists nowhere else. */
    public record Issued(ApiKey apiKey, String key) {
    }

    public static boolean looksLikeKey(String token) {
        return token.startsWith(PREFIX);
    }

    public Issued issue(User user, String name, Instant expiresAt, Instant now) {
        String key = PREFIX + Secrets.token(SECRET_BYTES);
        ApiKey apiKey = new ApiKey(user, name, key.substring(0, SHOWN_CHARACTERS), Secrets.sha256(key), now, expiresAt);
        em.persist(apiKey);
        return new Issued(apiKey, key);
    }

    /** The usable key with this secret, with its owner, in one query. */
    public Optional<ApiKey> findUsableWithUser(String key, Instant now) {
        return em.createQuery("select k from ApiKey k join fetch k.user where k.secretHash = :hash", ApiKey.class)
                .setParameter("hash", Secrets.sha256(key))
                .getResultList()
                .stream()
                .filter(k -> k.isUsable(now))
                .findFirst();
    }

    /** The user's usable keys, newest first. */
    public List<ApiKey> usableOf(String userId, Instant now) {
        return em.createQuery("select k from ApiKey k where k.user.id = :user and k.revokedAt is null"
                        + " and (k.expiresAt is null or k.expiresAt > :now) order by k.createdAt desc, k.id", ApiKey.class)
                .setParameter("user", userId)
                .setParameter("now", now)
                .getResultList();
    }

    /**
     * Revokes one of the user's usable keys.
     *
     * @throws ApiKeyNotFoundException when the user has no such usable key (another user's id included)
     */
    public void revoke(String userId, String keyId, Instant now) {
        if (!Ids.isId(keyId)) {
            throw new ApiKeyNotFoundException();
        }
        int revoked = em.createQuery("update ApiKey k set k.revokedAt = :now where k.id = :id and k.user.id = :user"
                        + " and k.revokedAt is null and (k.expiresAt is null or k.expiresAt > :now)")
                .setParameter("now", now)
                .setParameter("id", keyId)
                .setParameter("user", userId)
                .executeUpdate();
        if (revoked == 0) {
            throw new ApiKeyNotFoundException();
        }
    }

    /** Stores a key's last use by updating that one column: a revocation committed meanwhile stays. */
    public void recordUse(String keyId, Instant now) {
        em.createQuery("update ApiKey k set k.lastUsedAt = :now where k.id = :id")
                .setParameter("now", now)
                .setParameter("id", keyId)
                .executeUpdate();
    }

    public int revokeAllOf(String userId, Instant now) {
        return em.createQuery("update ApiKey k set k.revokedAt = :now where k.user.id = :user and k.revokedAt is null")
                .setParameter("now", now)
                .setParameter("user", userId)
                .executeUpdate();
    }

    /** An administrator's password reset ends the user's keys too, unless they chose to keep them; in the reset's transaction. */
    public void on(@Observes AccountEvent event) {
        if (event instanceof AccountEvent.PasswordChanged changed && changed.revokeApiKeys()) {
            revokeAllOf(changed.userId(), Instant.now());
        }
    }

    /** Deletes keys that can never be used again. */
    public int purgeEnded(Instant now) {
        return em.createQuery("delete from ApiKey k where k.revokedAt is not null or k.expiresAt <= :now")
                .setParameter("now", now)
                .executeUpdate();
    }
}
