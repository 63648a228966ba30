package dev.roster.sessions.control;

import dev.roster.apikeys.control.ApiKeys;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes what can never be used again: ended sessions (revoked, expired, idle) and ended
 * API keys, every {@code roster.purge.interval-seconds}. A user's last activity is kept on
 * the user's row, so nothing anyone reads goes with them.
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
    }
}
