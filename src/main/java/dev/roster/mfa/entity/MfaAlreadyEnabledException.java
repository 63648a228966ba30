package dev.roster.mfa.entity;

import dev.roster.problems.ConflictException;

/** An enrolment was asked for an account whose two-factor sign-in is on: turn it off first. */
public class MfaAlreadyEnabledException extends ConflictException {

    public MfaAlreadyEnabledException() {
        super("Two-factor sign-in is already on");
    }
}
