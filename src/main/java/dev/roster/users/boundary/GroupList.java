package dev.roster.users.boundary;

import java.util.List;

/** One page of the group list and the number of groups that match its search in all. */
public record GroupList(List<GroupRepresentation> groups, long total) {
}
