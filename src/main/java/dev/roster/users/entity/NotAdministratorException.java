package dev.roster.users.entity;

import dev.roster.problems.AccessDeniedException;
import dev.roster.problems.Problems;

/** The caller lost administrator rights while the request was under way. */
public class NotAdministratorException extends AccessDeniedException {

    public NotAdministratorException() {
        super(Problems.ADMIN_REQUIRED);
    }
}
