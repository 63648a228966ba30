package dev.roster.problems;

/** One broken rule of one input field, named as the client sent it (snake_case). */
public record FieldError(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
