package dev.roster.mfa.entity;

import dev.roster.problems.ConflictException;

/** Turning off, resetting or renewing the recovery codes of a two-factor sign-in that is not on. */
public class MfaNotEnabledException extends ConflictException {

    public MfaNotEnabledException() {
        super("Two-factor sign-in is not on");
    }
}
