package dev.roster.users.entity;

import dev.roster.problems.ConflictException;

/** Activating or deactivating an account that awaits approval: it is approved or rejected instead. */
public class PendingAccountException extends ConflictException {

    public PendingAccountException() {
        super("The account is awaiting approval: approve or reject it");
    }
}
