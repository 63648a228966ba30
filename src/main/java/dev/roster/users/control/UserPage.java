package dev.roster.users.control;

import java.util.List;

/** A page of users in the order asked for, and how many users match the filters in all. */
public record UserPage(List<UserRow> rows, long total) {
}
