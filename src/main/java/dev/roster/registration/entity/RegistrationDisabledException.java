package dev.roster.registration.entity;

import dev.roster.problems.AccessDeniedException;

/** A sign-up while self-registration is off. */
public class RegistrationDisabledException extends AccessDeniedException {

    public RegistrationDisabledException() {
        super("Registration is disabled");
    }
}
