package dev.roster.users.entity;

import dev.roster.problems.BadRequestException;

public class CurrentPasswordIncorrectException extends BadRequestException {

    public CurrentPasswordIncorrectException() {
        super("Current password is incorrect");
    }
}
