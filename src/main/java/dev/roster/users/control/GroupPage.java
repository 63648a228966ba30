package dev.roster.users.control;

import java.util.List;

/** A page of groups by name, and how many groups match the search in all. */
public record GroupPage(List<GroupRow> rows, long total) {
}
