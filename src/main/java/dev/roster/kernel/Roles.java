package dev.roster.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * The two roles. Every active account has {@code user}; administrators also have
 * {@code admin}. Roles are read from the user's row on every request, never from a token.
 */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String USER = "user";

    private Roles() {
    }

    /** The roles an account holds: what the container checks. */
    public static List<String> of(boolean admin) {
        return admin ? List.of(ADMIN, USER) : List.of(USER);
    }

    /**
     * What a token's {@code groups} claim carries (MicroProfile JWT's roles for {@code @RolesAllowed}):
     * the roles, then the names of the account's groups, which may never be a role's name.
     */
    public static List<String> withGroups(boolean admin, List<String> groupNames) {
        if (groupNames.isEmpty()) {
            return of(admin);
        }
        List<String> all = new ArrayList<>(of(admin));
        all.addAll(groupNames);
        return List.copyOf(all);
    }
}
