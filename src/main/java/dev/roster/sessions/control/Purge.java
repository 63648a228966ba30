package dev.roster.sessions.control;

import dev.roster.apikeys.control.ApiKeys;
import dev.roster.audit.control.AuditLog;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes what can never be used again: ended sessions (revoked, expired, idle), ended API
 * keys, logins that waited too long for their second factor and failed-login counts that no
 * longer count, every {@code roster.purge.interval-seconds};
 * and audit events older than {@code roster.audit.retention-days} (365). A user's last activity
 * is kept on the user's row, so nothing anyone reads goes with them. Components above
 * ({@code registration}) purge their own along, observing {@link Due}.
 */
@Singleton
@Startup
public class Purge {

    @Resource
    TimerService timers;

    @Inject
    Sessions sessions;

    @Inject
    ApiKeys apiKeys;

    @Inject
    LoginThrottle throttle;

    @Inject
    MfaChallenges challenges;

    @Inject
    AuditLog auditLog;

    @Inject
    Event<Due> due;

    /** A purge is under way, in its transaction: components above sessions delete what no longer counts of theirs. */
    public record Due(Instant now) {
    }

    @Inject
    @ConfigProperty(name = "roster.audit.retention-days", defaultValue = "365")
    int auditRetentionDays;

    @Inject
    @ConfigProperty(name = "roster.purge.interval-seconds", defaultValue = "300")
    long intervalSeconds;

    @PostConstruct
    void schedule() {
        long interval = Math.max(1, intervalSeconds) * 1000;
        timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
    }

    @Timeout
    void purge() {
        Instant now = Instant.now();
        sessions.purgeEnded(now);
        apiKeys.purgeEnded(now);
        throttle.purge(now);
        challenges.purgeEnded(now);
        due.fire(new Due(now));
        auditLog.purgeOlderThan(now.minus(Duration.ofDays(Math.max(1, auditRetentionDays))));
    }
}
