package dev.roster.sessions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long a login lasts: {@code roster.session.hours} (default 24), or with "remember me"
 * {@code roster.remember-me.days} (default 7). The signing keys need the longer of the two to
 * know how long a retired key must still verify.
 */
@ApplicationScoped
public class SessionLifetimes {

    @Inject
    @ConfigProperty(name = "roster.session.hours", defaultValue = "24")
    int sessionHours;

    @Inject
    @ConfigProperty(name = "roster.remember-me.days", defaultValue = "7")
    int rememberMeDays;

    public Duration of(boolean rememberMe) {
        return rememberMe ? Duration.ofDays(rememberMeDays) : Duration.ofHours(sessionHours);
    }

    public Duration longest() {
        Duration session = of(false);
        Duration remembered = of(true);
        return session.compareTo(remembered) > 0 ? session : remembered;
    }
}
