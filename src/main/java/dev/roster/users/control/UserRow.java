package dev.roster.users.control;

import dev.roster.users.entity.User;
import java.time.Instant;
import java.util.List;

/**
 * A user as administrators list them: the account, its groups' names (sorted), how many live
 * sessions and usable API keys it has, and until when failed logins lock it out (null: not locked).
 */
public record UserRow(User user, List<String> groups, long activeSessions, long apiKeys, Instant lockedUntil) {
}
