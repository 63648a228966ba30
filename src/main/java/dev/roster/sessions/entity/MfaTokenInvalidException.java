package dev.roster.sessions.entity;

import dev.roster.problems.AuthenticationException;

/** An mfa_token that is unknown, used, older than five minutes, or presented from another address than its login's. */
public class MfaTokenInvalidException extends AuthenticationException {

    public MfaTokenInvalidException() {
        super("This sign-in has expired or is already complete; log in again");
    }
}
