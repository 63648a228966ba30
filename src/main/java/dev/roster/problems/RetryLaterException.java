package dev.roster.problems;

import java.time.Duration;

/** A refusal the caller can wait out: the answer carries {@code Retry-After} in whole seconds. */
public abstract class RetryLaterException extends BusinessException {

    private final Duration retryAfter;

    protected RetryLaterException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, rounded up, at least 1. */
    public long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
