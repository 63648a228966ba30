package dev.roster.sessions.control;

import dev.roster.audit.control.AuditTarget;
import dev.roster.audit.entity.AuditAction;
import dev.roster.kernel.Actor;
import dev.roster.mfa.control.CodeAttempts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Wrong codes and passwords given to change a second factor count as failed logins do ({@link LoginThrottle}). */
@ApplicationScoped
public class LoginCodeAttempts implements CodeAttempts {

    @Inject
    LoginThrottle throttle;

    @Inject
    FailedLogins failedLogins;

    @Override
    public Optional<Duration> lockout(String email, String address) {
        Instant now = Instant.now();
        return throttle.standing(email, address, now).refusal(now);
    }

    @Override
    public void failed(Actor actor, String email, AuditTarget target, AuditAction action, String reason) {
        failedLogins.failed(actor, email, target, action, reason);
    }
}
