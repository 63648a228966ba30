/**
 * Two-factor sign-in: time-based one-time codes (RFC 6238, {@code control.Totp}) and single-use
 * recovery codes, kept per user by {@code control.SecondFactors}. A logged-in user enrols, confirms
 * with a first code, turns it off or asks for new recovery codes through {@code boundary.MfaService};
 * an administrator resets it, which ends the user's sessions (an {@code AccountEvent.MfaReset}).
 * {@code dev.roster.sessions} asks for the second factor at login. Builds on {@code dev.roster.users}
 * only; sessions build on it.
 */
package dev.roster.mfa;
