package dev.roster.users.entity;

import dev.roster.problems.NotFoundException;

public class GroupNotFoundException extends NotFoundException {

    public GroupNotFoundException() {
        super("Group not found");
    }
}
