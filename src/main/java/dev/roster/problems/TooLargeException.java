package dev.roster.problems;

/** A request whose body is too large to be taken, found while reading it: 413. */
public class TooLargeException extends BusinessException {

    public TooLargeException(String message) {
        super(message);
    }
}
