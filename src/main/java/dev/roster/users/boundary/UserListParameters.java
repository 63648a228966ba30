package dev.roster.users.boundary;

import dev.roster.users.control.UserQuery;
import jakarta.ws.rs.QueryParam;

/** The user list's query parameters, as clients send them: for {@code /auth/users} and a group's members. */
public class UserListParameters {

    @QueryParam("search")
    String search;

    @QueryParam("is_admin")
    String isAdmin;

    @QueryParam("is_active")
    String isActive;

    @QueryParam("mfa")
    String mfa;

    @QueryParam("status")
    String status;

    @QueryParam("group")
    String group;

    @QueryParam("sort")
    String sort;

    @QueryParam("order")
    String order;

    @QueryParam("offset")
    String offset;

    @QueryParam("limit")
    String limit;

    /** @throws dev.roster.problems.InvalidInputException naming every parameter that is wrong */
    UserQuery query() {
        return UserQuery.parse(search, isAdmin, isActive, mfa, status, group, sort, order, offset, limit);
    }
}
