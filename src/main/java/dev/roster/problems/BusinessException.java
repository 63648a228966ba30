package dev.roster.problems;

import jakarta.ejb.ApplicationException;

/**
 * Root of every refusal that Roster decides on purpose (as opposed to a failure).
 * Unchecked and rolling back: whatever the refused call wrote is undone. Subclasses say
 * which kind of refusal it is; {@link ProblemMapper} turns the kind into an HTTP status,
 * the message into the problem's {@code detail}.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

    protected BusinessException(String message) {
        super(message, null, false, false);
    }
}
