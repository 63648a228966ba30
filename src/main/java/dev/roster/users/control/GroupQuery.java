package dev.roster.users.control;

import dev.roster.kernel.Limits;
import dev.roster.problems.FieldErrors;
import dev.roster.web.QueryParameters;

/** One page of the group list, by name: an optional search (case-insensitive, in name and description) and a window. */
public record GroupQuery(String search, int offset, int limit) {

    /**
     * Reads the query parameters as the client sent them, naming every one that is wrong.
     *
     * @throws dev.roster.problems.InvalidInputException for a bad number or an overlong search
     */
    public static GroupQuery parse(String search, String offset, String limit) {
        FieldErrors errors = new FieldErrors();
        String term = search == null || search.isBlank() ? null : search.strip();
        if (term != null && term.length() > Limits.GROUP_DESCRIPTION_MAX) {
            errors.add("search", "must be at most " + Limits.GROUP_DESCRIPTION_MAX + " characters");
        }
        int first = QueryParameters.number(offset, 0, 0, Integer.MAX_VALUE, "offset", errors);
        int size = QueryParameters.number(limit, UserQuery.DEFAULT_LIMIT, 1, UserQuery.MAX_LIMIT, "limit", errors);
        errors.throwIfAny();
        return new GroupQuery(term, first, size);
    }
}
