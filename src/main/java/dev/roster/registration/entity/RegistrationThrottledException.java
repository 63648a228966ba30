package dev.roster.registration.entity;

import dev.roster.problems.TooManyRequestsException;
import java.time.Duration;

/** A sign-up refused, before any hashing, because its client address signed up too often. */
public class RegistrationThrottledException extends TooManyRequestsException {

    public RegistrationThrottledException(Duration retryAfter) {
        super("Too many registrations from this address. Try again later.", retryAfter);
    }
}
