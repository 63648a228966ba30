package dev.roster.registration.control;

import dev.roster.kernel.Limits;
import dev.roster.sessions.control.Purge;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At most {@code roster.registration.address-max} (10) sign-ups from one client address within
 * {@code roster.registration.address-window-seconds} (3600); beyond that the address is refused
 * until its window ends. Each sign-up is one {@code INSERT ... ON DUPLICATE KEY UPDATE}, so
 * parallel ones queue on the address's row and none is lost. Runs in the caller's transaction: a
 * refused sign-up rolls back its own count, so the address stays refused, not further behind.
 */
@ApplicationScoped
public class RegistrationThrottle {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "roster.registration.address-max", defaultValue = "10")
    int addressMax;

    @Inject
    @ConfigProperty(name = "roster.registration.address-window-seconds", defaultValue = "3600")
    long windowSeconds;

    /** Counts a sign-up from this address; answers how long to wait when it is one too many. */
    public Optional<Duration> count(String clientAddress, Instant now) {
        if (clientAddress == null) {
            return Optional.empty();
        }
        String address = Limits.cut(clientAddress, Limits.CLIENT_ADDRESS_MAX);
        Instant windowEnded = now.minusSeconds(windowSeconds);
        em.createNativeQuery("insert into registrations_by_address (address, registrations, window_start) values (?, 1, ?)"
                        + " on duplicate key update registrations = if(window_start <= ?, 1, registrations + 1),"
                        + " window_start = if(window_start <= ?, values(window_start), window_start)")
                .setParameter(1, address)
                .setParameter(2, now)
                .setParameter(3, windowEnded)
                .setParameter(4, windowEnded)
                .executeUpdate();
        Object[] row = (Object[]) em.createNativeQuery("select registrations, timestampdiff(second, ?, window_start)"
                        + " from registrations_by_address where address = ?")
                .setParameter(1, now)
                .setParameter(2, address)
                .getSingleResult();
        if (((Number) row[0]).intValue() <= addressMax) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofSeconds(Math.max(1, windowSeconds + ((Number) row[1]).longValue())));
    }

    /** Forgets the windows that ended, with the rest of Roster's purge. */
    void purge(@Observes Purge.Due due) {
        em.createNativeQuery("delete from registrations_by_address where window_start < ?")
                .setParameter(1, due.now().minusSeconds(windowSeconds))
                .executeUpdate();
    }
}
