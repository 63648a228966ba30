package dev.roster.users.control;

import dev.roster.users.entity.User;

/** A user as administrators list them: the account and how many live sessions and usable API keys it has. */
public record UserRow(User user, long activeSessions, long apiKeys) {
}
