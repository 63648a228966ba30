package dev.roster.users.entity;

import dev.roster.problems.ConflictException;

/** An administrator tried to delete the account they are logged in with. */
public class OwnAccountDeletionException extends ConflictException {

    public OwnAccountDeletionException() {
        super("You cannot delete your own account");
    }
}
