package dev.roster.users.entity;

import dev.roster.problems.PreconditionFailedException;

/** The group was edited since the client read it (its {@code If-Match} names an older version). */
public class GroupChangedException extends PreconditionFailedException {

    public GroupChangedException() {
        super("The group was changed in the meantime; reload it and apply your change again");
    }
}
