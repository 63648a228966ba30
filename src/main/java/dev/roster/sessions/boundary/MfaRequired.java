package dev.roster.sessions.boundary;

/**
 * The password was right and the account has two-factor sign-in: no session yet.
 * {@code POST /auth/login/mfa} with this {@code mfa_token} and a code completes the login
 * within {@code expires_in} seconds.
 */
public record MfaRequired(boolean mfaRequired, String mfaToken, long expiresIn) implements LoginAnswer {

    public MfaRequired(String mfaToken, long expiresIn) {
        this(true, mfaToken, expiresIn);
    }
}
