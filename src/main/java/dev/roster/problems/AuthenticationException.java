package dev.roster.problems;

/** The caller could not be identified (wrong credentials, no or dead session): 401. */
public abstract class AuthenticationException extends BusinessException {

    protected AuthenticationException(String message) {
        super(message);
    }
}
