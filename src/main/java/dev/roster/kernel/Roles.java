package dev.roster.kernel;

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

    /** The groups an account holds: what the container checks and what a token's {@code groups} claim carries. */
    public static List<String> of(boolean admin) {
        return admin ? List.of(ADMIN, USER) : List.of(USER);
    }
}
