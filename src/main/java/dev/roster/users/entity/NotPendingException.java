package dev.roster.users.entity;

import dev.roster.problems.ConflictException;

/** Approving or rejecting an account that does not await approval. */
public class NotPendingException extends ConflictException {

    public NotPendingException() {
        super("The account is not awaiting approval");
    }
}
