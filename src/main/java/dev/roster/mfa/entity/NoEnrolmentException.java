package dev.roster.mfa.entity;

import dev.roster.problems.ConflictException;

/** A code to confirm an enrolment that was never started (or already confirmed). */
public class NoEnrolmentException extends ConflictException {

    public NoEnrolmentException() {
        super("No enrolment to confirm: start one with POST /auth/mfa/totp");
    }
}
