package dev.roster.users.control;

import dev.roster.users.entity.User;
import java.util.List;

/** A page of users in the order asked for, and how many users match the filters in all. */
public record UserPage(List<User> users, long total) {
}
