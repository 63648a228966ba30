package dev.roster.sessions.entity;

import dev.roster.problems.AccessDeniedException;

/** The right password for a deactivated account. */
public class AccountDisabledException extends AccessDeniedException {

    public AccountDisabledException() {
        super("User account is inactive");
    }
}
