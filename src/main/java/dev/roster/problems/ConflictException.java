package dev.roster.problems;

/** The request is well formed but clashes with the current state: 409. */
public abstract class ConflictException extends BusinessException {

    protected ConflictException(String message) {
        super(message);
    }
}
