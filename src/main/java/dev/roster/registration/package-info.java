/**
 * Self-registration: when {@code roster.allow-registration} is on, anyone may ask for an
 * account ({@code POST /auth/register}, the {@code /register} page). It starts pending until an
 * administrator approves it ({@code users}), unless {@code roster.registration.auto-approve};
 * {@code roster.registration.email-domains} may limit who can ask. The answer is the same whether
 * the email is new or taken, and costs the same hashing work, so it tells nobody who has an
 * account; sign-ups are throttled per client address. Builds on {@code users} (the same rules and
 * service as an administrator's create) and {@code audit}.
 */
package dev.roster.registration;
