/**
 * Sessions and tokens: the one authentication mechanism (bearer token or session cookie),
 * login and logout, the session rows whose ids are the tokens' {@code jti}, and the signing
 * keys. Every authenticated request is checked against the database (live session, active
 * user, current role), so revocation, deactivation and demotion act on the next request.
 */
package dev.roster.sessions;
