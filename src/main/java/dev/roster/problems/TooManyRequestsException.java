package dev.roster.problems;

import java.time.Duration;

/** The caller must wait before trying again: 429, with {@code Retry-After} in whole seconds. */
public abstract class TooManyRequestsException extends BusinessException {

    private final Duration retryAfter;

    protected TooManyRequestsException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, rounded up, at least 1. */
    public long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
