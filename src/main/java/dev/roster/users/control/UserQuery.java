package dev.roster.users.control;

import dev.roster.kernel.Limits;
import dev.roster.problems.FieldErrors;
import dev.roster.users.entity.UserStatus;
import dev.roster.web.QueryParameters;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * One page of the user list: an optional search (case-insensitive, in email and display
 * name), optional role, two-factor ({@code mfa}) and status filters ({@code is_active}, and {@code status}, which tells
 * a pending account from a deactivated one), a group (by name, as stored), a sort column and
 * direction, and a window. Newest first unless the client asks otherwise.
 */
public record UserQuery(String search, Boolean admin, Boolean active, Boolean mfa, UserStatus status, String group, UserSort sort,
                        boolean ascending, int offset, int limit) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    /**
     * Reads the query parameters as the client sent them, naming every one that is wrong.
     *
     * @throws dev.roster.problems.InvalidInputException for an unknown sort, a bad number or flag
     */
    public static UserQuery parse(String search, String isAdmin, String isActive, String mfa, String status, String group, String sort,
                                  String order, String offset, String limit) {
        FieldErrors errors = new FieldErrors();
        String term = search == null || search.isBlank() ? null : search.strip();
        if (term != null && term.length() > Limits.EMAIL_MAX) {
            errors.add("search", "must be at most " + Limits.EMAIL_MAX + " characters");
        }
        UserSort column = sort == null || sort.isBlank() ? UserSort.CREATED_AT : UserSort.of(sort).orElse(null);
        if (column == null) {
            errors.add("sort", "must be one of " + Arrays.stream(UserSort.values()).map(UserSort::parameter).collect(Collectors.joining(", ")));
        }
        boolean ascending = false;
        if (order != null && !order.isBlank()) {
            if (!order.equals("asc") && !order.equals("desc")) {
                errors.add("order", "must be asc or desc");
            }
            ascending = order.equals("asc");
        } else if (column != null && column != UserSort.CREATED_AT && column != UserSort.LAST_LOGIN_AT) {
            ascending = true; // names read A to Z; times newest first
        }
        int first = QueryParameters.number(offset, 0, 0, Integer.MAX_VALUE, "offset", errors);
        int size = QueryParameters.number(limit, DEFAULT_LIMIT, 1, MAX_LIMIT, "limit", errors);
        Boolean admin = QueryParameters.flag(isAdmin, "is_admin", errors);
        Boolean active = QueryParameters.flag(isActive, "is_active", errors);
        Boolean secondFactor = QueryParameters.flag(mfa, "mfa", errors);
        UserStatus state = status == null || status.isBlank() ? null : UserStatus.ofCode(status.strip()).orElse(null);
        if (state == null && status != null && !status.isBlank()) {
            errors.add("status", "must be one of " + Arrays.stream(UserStatus.values()).map(s -> s.code).collect(Collectors.joining(", ")));
        }
        String groupName = group == null || group.isBlank() ? null : new GroupFields(group, null).name();
        if (groupName != null && groupName.length() > Limits.GROUP_NAME_MAX) {
            errors.add("group", "must be at most " + Limits.GROUP_NAME_MAX + " characters");
        }
        errors.throwIfAny();
        return new UserQuery(term, admin, active, secondFactor, state, groupName, column, ascending, first, size);
    }

    /** The same page among the members of the group with this (stored) name. */
    public UserQuery inGroup(String name) {
        return new UserQuery(search, admin, active, mfa, status, name, sort, ascending, offset, limit);
    }

    /** The same filters and order over another window. */
    public UserQuery window(int offset, int limit) {
        return new UserQuery(search, admin, active, mfa, status, group, sort, ascending, offset, limit);
    }

    /** The page after this one. */
    public UserQuery next() {
        return new UserQuery(search, admin, active, mfa, status, group, sort, ascending, offset + limit, limit);
    }
}
