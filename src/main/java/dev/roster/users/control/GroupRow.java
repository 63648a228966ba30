package dev.roster.users.control;

import dev.roster.users.entity.UserGroup;

/** A group as administrators list it: the group and how many users are in it. */
public record GroupRow(UserGroup group, long memberCount) {
}
