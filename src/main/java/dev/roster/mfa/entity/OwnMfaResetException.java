package dev.roster.mfa.entity;

import dev.roster.problems.ConflictException;

/** An administrator's reset of their own second factor, which would end their own session; the profile turns it off instead. */
public class OwnMfaResetException extends ConflictException {

    public OwnMfaResetException() {
        super("Turn off your own two-factor sign-in on your profile, with your password and a code");
    }
}
