package dev.roster.users.entity;

import dev.roster.problems.PreconditionFailedException;

/** The user was edited since the client read it (its {@code If-Match} names an older version). */
public class UserChangedException extends PreconditionFailedException {

    public UserChangedException() {
        super("The user was changed in the meantime; reload it and apply your change again");
    }
}
