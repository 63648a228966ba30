/**
 * Users: accounts, their rules (email, display name, password policy, Argon2id hashing) and
 * the services over them. {@code UserService} decides for the API, the pages and the command
 * line alike; callers need the {@code user} role for their own profile and {@code admin} for
 * anyone else's.
 */
package dev.roster.users;
