package dev.roster.mfa.entity;

import dev.roster.problems.TooManyRequestsException;
import java.time.Duration;

/** A change to a second factor refused, without looking at its code, while failures lock the account or the address. */
public class TooManyAttemptsException extends TooManyRequestsException {

    public TooManyAttemptsException(Duration retryAfter) {
        super("Too many failed attempts. Try again later.", retryAfter);
    }
}
