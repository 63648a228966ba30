package dev.roster.sessions.boundary;

/** What a login with the right password answers: its session ({@link LoginResult}), or a request for the second factor ({@link MfaRequired}). */
public sealed interface LoginAnswer permits LoginResult, MfaRequired {
}
