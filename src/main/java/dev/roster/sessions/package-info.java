/**
 * Sessions and tokens: the one authentication mechanism (bearer token or session cookie),
 * login and logout, the session rows whose ids are the tokens' {@code jti}, and the signing
 * keys. Every authenticated request is checked against the database (live session, active
 * user, current role), so revocation, deactivation and demotion act on the next request.
 * The login page ({@code dev.roster.pages.LoginBacking}) logs in through the same service as the
 * API and hands the browser the session as an HttpOnly cookie; pages that need a login send
 * anonymous visitors there and back ({@code control.PageLinks}). Sessions end when an account's
 * {@code AccountEvent} says so; lockouts after failed logins are lifted here ({@code LockoutService}).
 */
package dev.roster.sessions;
