package dev.roster.users.entity;

import dev.roster.problems.ConflictException;

public class DuplicateGroupException extends ConflictException {

    public DuplicateGroupException(String name) {
        super("Group " + name + " already exists");
    }
}
