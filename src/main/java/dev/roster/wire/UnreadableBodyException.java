package dev.roster.wire;

/** A request body that cannot be bound as it stands (empty, broken, not an object, a field of the wrong type): 400. */
public class UnreadableBodyException extends RuntimeException {

    public UnreadableBodyException(String message) {
        super(message);
    }
}
