package dev.roster.problems;

import java.time.Duration;

/** The caller must wait before trying again: 429, with {@code Retry-After}. */
public abstract class TooManyRequestsException extends RetryLaterException {

    protected TooManyRequestsException(String message, Duration retryAfter) {
        super(message, retryAfter);
    }
}
