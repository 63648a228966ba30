package dev.roster.problems;

import java.util.List;
import java.util.stream.Collectors;

/** Well-formed input that breaks a rule (email format, password policy, length): 422, naming each field. */
public class InvalidInputException extends BusinessException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
