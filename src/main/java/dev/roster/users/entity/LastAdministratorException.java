package dev.roster.users.entity;

import dev.roster.problems.ConflictException;

/** The change would leave no active administrator. */
public class LastAdministratorException extends ConflictException {

    public LastAdministratorException() {
        super("Cannot remove the last administrator");
    }
}
