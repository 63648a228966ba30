package dev.roster.sessions.entity;

import dev.roster.problems.TooManyRequestsException;
import java.time.Duration;

/**
 * A login refused, without looking at the password, because its email or its address failed too
 * often. The same answer for every email, known or not.
 */
public class LoginLockedException extends TooManyRequestsException {

    public LoginLockedException(Duration retryAfter) {
        super("Too many failed login attempts. Try again later.", retryAfter);
    }
}
