package dev.roster.problems;

/** The client's copy (its {@code If-Match}) is no longer the current one: 412. */
public abstract class PreconditionFailedException extends BusinessException {

    protected PreconditionFailedException(String message) {
        super(message);
    }
}
