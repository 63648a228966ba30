package dev.roster.problems;

/** The thing asked for does not exist (or the caller may not know that it does): 404. */
public abstract class NotFoundException extends BusinessException {

    protected NotFoundException(String message) {
        super(message);
    }
}
