package dev.roster.users.control;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns a user list may be sorted by. The client names one ({@code sort=email}); only
 * the fixed column name here ever reaches the query text.
 */
public enum UserSort {
    CREATED_AT("created_at", "u.created_at", false),
    EMAIL("email", "u.email", true),
    DISPLAY_NAME("display_name", "u.display_name", false),
    LAST_LOGIN_AT("last_login_at", "u.last_login_at", false);

    private final String parameter;
    private final String column;
    private final boolean unique;

    UserSort(String parameter, String column, boolean unique) {
        this.parameter = parameter;
        this.column = column;
        this.unique = unique;
    }

    public String parameter() {
        return parameter;
    }

    /** The indexed column, as it stands in the SQL text. */
    String column() {
        return column;
    }

    /** Whether the column alone orders the rows completely (else the id breaks ties). */
    boolean unique() {
        return unique;
    }

    public static Optional<UserSort> of(String parameter) {
        return Arrays.stream(values()).filter(s -> s.parameter.equals(parameter)).findFirst();
    }
}
