package dev.roster.users.entity;

import dev.roster.problems.BadRequestException;

public class CurrentPasswordRequiredException extends BadRequestException {

    public CurrentPasswordRequiredException() {
        super("Current password is required to set a new password");
    }
}
