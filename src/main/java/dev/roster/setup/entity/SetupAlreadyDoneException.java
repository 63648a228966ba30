package dev.roster.setup.entity;

import dev.roster.problems.ConflictException;

public class SetupAlreadyDoneException extends ConflictException {

    public SetupAlreadyDoneException() {
        super("Administrator account already configured");
    }
}
