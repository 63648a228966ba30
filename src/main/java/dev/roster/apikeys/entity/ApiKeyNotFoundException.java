package dev.roster.apikeys.entity;

import dev.roster.problems.NotFoundException;

public class ApiKeyNotFoundException extends NotFoundException {

    public ApiKeyNotFoundException() {
        super("API key not found");
    }
}
