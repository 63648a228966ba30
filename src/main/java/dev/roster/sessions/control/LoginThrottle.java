package dev.roster.sessions.control;

import dev.roster.kernel.Limits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brute-force protection for logins. Failed logins are counted per normalised email (whether
 * or not an account has it, so that the answers never tell) and per client address:
 * <ul>
 * <li>after {@code roster.login.max-failures} (5) consecutive failures for one email, that email
 *     is refused for {@code roster.login.lockout-seconds} (60), doubling with each further failure
 *     up to {@code roster.login.max-lockout-seconds} (900); a success resets the count, and so
 *     does a day without failures;</li>
 * <li>more than {@code roster.login.address-max-failures} (100) failures from one address within
 *     {@code roster.login.address-window-seconds} (3600) refuse that address until the window ends.</li>
 * </ul>
 * Each failure is one {@code INSERT ... ON DUPLICATE KEY UPDATE}: parallel attempts queue on the
 * row and no increment is lost. Runs in the caller's transaction.
 */
@ApplicationScoped
public class LoginThrottle {

    /** A day without failures forgets an email's earlier ones. */
    static final Duration FORGET_AFTER = Duration.ofDays(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "roster.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "roster.login.lockout-seconds", defaultValue = "60")
    long lockoutSeconds;

    @Inject
    @ConfigProperty(name = "roster.login.max-lockout-seconds", defaultValue = "900")
    long maxLockoutSeconds;

    @Inject
    @ConfigProperty(name = "roster.login.address-max-failures", defaultValue = "100")
    int addressMaxFailures;

    @Inject
    @ConfigProperty(name = "roster.login.address-window-seconds", defaultValue = "3600")
    long addressWindowSeconds;

    /** Where an email and an address stand: whether the email has failures on record, and until when either is refused. */
    public record Standing(boolean emailHasFailures, Instant refusedUntil) {

        public Optional<Duration> refusal(Instant now) {
            return refusedUntil != null && refusedUntil.isAfter(now) ? Optional.of(Duration.between(now, refusedUntil)) : Optional.empty();
        }
    }

    /** What a recorded failure started: a lockout of the email, of the address, or neither (null). */
    public record Lockouts(Duration email, Duration address) {
    }

    public Standing standing(String email, String clientAddress, Instant now) {
        String address = Limits.cut(clientAddress, Limits.CLIENT_ADDRESS_MAX);
        List<Instant> emailLock = em.createQuery("select f.lockedUntil from FailedLoginsByEmail f where f.email = :email", Instant.class)
                .setParameter("email", email)
                .getResultList();
        List<Instant> addressLock = address == null ? List.of()
                : em.createQuery("select f.lockedUntil from FailedLoginsByAddress f where f.address = :address", Instant.class)
                        .setParameter("address", address)
                        .getResultList();
        Instant until = Stream.concat(emailLock.stream(), addressLock.stream())
                .filter(locked -> locked != null && locked.isAfter(now))
                .max(Comparator.naturalOrder())
                .orElse(null);
        return new Standing(!emailLock.isEmpty(), until);
    }

    /** Counts a failed login for the email and the address, and locks whichever went over its limit. */
    public Lockouts recordFailure(String email, String clientAddress, Instant now) {
        String address = Limits.cut(clientAddress, Limits.CLIENT_ADDRESS_MAX);
        em.createNativeQuery("insert into failed_logins_by_email (email, failures, last_failure_at) values (?, 1, ?)"
                        + " on duplicate key update failures = if(last_failure_at < ?, 1, failures + 1), last_failure_at = values(last_failure_at)")
                .setParameter(1, email)
                .setParameter(2, now)
                .setParameter(3, now.minus(FORGET_AFTER))
                .executeUpdate();
        int failures = em.createQuery("select f.failures from FailedLoginsByEmail f where f.email = :email", Integer.class)
                .setParameter("email", email)
                .getSingleResult();
        Duration emailLockout = lockout(failures, maxFailures, Duration.ofSeconds(lockoutSeconds), Duration.ofSeconds(maxLockoutSeconds));
        if (emailLockout != null) {
            em.createNativeQuery("update failed_logins_by_email set locked_until = ? where email = ?")
                    .setParameter(1, now.plus(emailLockout))
                    .setParameter(2, email)
                    .executeUpdate();
        }
        return new Lockouts(emailLockout, address == null ? null : recordAddressFailure(address, now));
    }

    private Duration recordAddressFailure(String address, Instant now) {
        Instant windowEnded = now.minusSeconds(addressWindowSeconds);
        em.createNativeQuery("insert into failed_logins_by_address (address, failures, window_start) values (?, 1, ?)"
                        + " on duplicate key update failures = if(window_start <= ?, 1, failures + 1),"
                        + " window_start = if(window_start <= ?, values(window_start), window_start)")
                .setParameter(1, address)
                .setParameter(2, now)
                .setParameter(3, windowEnded)
                .setParameter(4, windowEnded)
                .executeUpdate();
        Object[] row = em.createQuery("select f.failures, f.windowStart from FailedLoginsByAddress f where f.address = :address", Object[].class)
                .setParameter("address", address)
                .getSingleResult();
        if ((Integer) row[0] != addressMaxFailures + 1) {
            return null; // within the limit, or already locked by an earlier failure of this window
        }
        Instant until = ((Instant) row[1]).plusSeconds(addressWindowSeconds);
        em.createNativeQuery("update failed_logins_by_address set locked_until = ? where address = ?")
                .setParameter(1, until)
                .setParameter(2, address)
                .executeUpdate();
        return Duration.between(now, until);
    }

    /** The address as its column keeps it: an IP literal fits; anything longer (an IPv6 zone) is cut. */
    /**
     * How long the email is refused after its {@code failures}-th consecutive failure: nothing below
     * {@code max}, then {@code base}, doubling with each further failure, at most {@code cap}.
     */
    static Duration lockout(int failures, int max, Duration base, Duration cap) {
        if (failures < max) {
            return null;
        }
        int doublings = Math.min(failures - max, 30);
        Duration delay = base.multipliedBy(1L << doublings);
        return delay.compareTo(cap) > 0 ? cap : delay;
    }

    /** Forgets the email's failures (after a successful login, or an administrator's unlock); answers whether there were any. */
    public boolean reset(String email) {
        return em.createNativeQuery("delete from failed_logins_by_email where email = ?").setParameter(1, email).executeUpdate() > 0;
    }

    /** Deletes what no longer counts: emails without failures for a day and not locked, ended address windows. */
    public void purge(Instant now) {
        em.createNativeQuery("delete from failed_logins_by_email where last_failure_at < ? and (locked_until is null or locked_until < ?)")
                .setParameter(1, now.minus(FORGET_AFTER))
                .setParameter(2, now)
                .executeUpdate();
        em.createNativeQuery("delete from failed_logins_by_address where window_start < ? and (locked_until is null or locked_until < ?)")
                .setParameter(1, now.minusSeconds(addressWindowSeconds))
                .setParameter(2, now)
                .executeUpdate();
    }
}
