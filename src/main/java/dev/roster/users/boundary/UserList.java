package dev.roster.users.boundary;

import java.util.List;

/** One page of the user list and the number of users that match its filters in all. */
public record UserList(List<ManagedUser> users, long total) {
}
