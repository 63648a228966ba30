package dev.roster.sessions.entity;

import dev.roster.problems.AuthenticationException;

/** A wrong, used or outdated one-time or recovery code at the login's second step: counted like a wrong password. */
public class InvalidCodeException extends AuthenticationException {

    public InvalidCodeException() {
        super("Invalid code");
    }
}
