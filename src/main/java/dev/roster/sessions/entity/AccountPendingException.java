package dev.roster.sessions.entity;

import dev.roster.problems.AccessDeniedException;

/** The right password for an account that awaits an administrator's approval. */
public class AccountPendingException extends AccessDeniedException {

    public AccountPendingException() {
        super("Your account is awaiting approval");
    }
}
