package dev.roster.problems;

/** The caller is known but may not do this: 403. */
public abstract class AccessDeniedException extends BusinessException {

    protected AccessDeniedException(String message) {
        super(message);
    }
}
