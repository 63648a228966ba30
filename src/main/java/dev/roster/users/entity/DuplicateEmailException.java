package dev.roster.users.entity;

import dev.roster.problems.ConflictException;

public class DuplicateEmailException extends ConflictException {

    public DuplicateEmailException(String email) {
        super("User with email " + email + " already exists");
    }
}
