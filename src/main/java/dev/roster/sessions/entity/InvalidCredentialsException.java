package dev.roster.sessions.entity;

import dev.roster.problems.AuthenticationException;

/** Wrong email or wrong password: one answer for both, so it never tells which accounts exist. */
public class InvalidCredentialsException extends AuthenticationException {

    public InvalidCredentialsException() {
        super("Incorrect email or password");
    }
}
