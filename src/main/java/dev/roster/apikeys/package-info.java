/**
 * Personal API keys: named, revocable, optionally expiring secrets for scripts. A key is
 * shown once and stored as a SHA-256 only; presented as a bearer token it acts as its owner
 * with the owner's current role (the authentication mechanism in {@code sessions} resolves
 * it). Owners manage their own keys; administrators see and revoke anyone's.
 */
package dev.roster.apikeys;
