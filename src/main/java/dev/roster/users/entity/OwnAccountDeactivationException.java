package dev.roster.users.entity;

import dev.roster.problems.ConflictException;

/** An administrator tried to deactivate the account they are logged in with (they would lock themselves out). */
public class OwnAccountDeactivationException extends ConflictException {

    public OwnAccountDeactivationException() {
        super("You cannot deactivate your own account");
    }
}
