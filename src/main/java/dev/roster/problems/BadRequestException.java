package dev.roster.problems;

/** The request cannot be understood as it stands (broken JSON, wrong types, a missing precondition): 400. */
public class BadRequestException extends BusinessException {

    public BadRequestException(String message) {
        super(message);
    }
}
