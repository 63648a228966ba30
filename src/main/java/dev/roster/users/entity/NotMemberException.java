package dev.roster.users.entity;

import dev.roster.problems.NotFoundException;

/** Removing from a group a user who is not in it. */
public class NotMemberException extends NotFoundException {

    public NotMemberException() {
        super("The user is not a member of this group");
    }
}
