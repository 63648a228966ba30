package dev.roster.problems;

import java.time.Duration;

/** The server has no room for this request now, whoever sends it: 503, with {@code Retry-After}. */
public abstract class ServerBusyException extends RetryLaterException {

    protected ServerBusyException(String message, Duration retryAfter) {
        super(message, retryAfter);
    }
}
